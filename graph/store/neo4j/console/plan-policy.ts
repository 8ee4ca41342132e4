/**
 * What the read-only console lets through, decided on Neo4j's own plan (EXPLAIN), not on keywords:
 * every operator of the plan must be a known read operator running on the console's database
 * (SHOW INDEXES and SHOW CONSTRAINTS, which describe the schema, included); procedures must be on
 * a short allow-list of read procedures. Files, URLs (LOAD CSV),
 * administration, SHOW/TERMINATE commands and writes are refused with the reason.
 */

/** The part of the driver's plan this policy reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** Why a plan was refused: the operator and a sentence for the analyst. */
export interface PlanRefusal {
  operator: string;
  reason: string;
}

/** Read procedures the console may call (exact names, or a prefix ending in "."). */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
];

/** Read operators, as exact names or patterns over the operator name (without "@database"). */
const READ_OPERATORS: readonly RegExp[] = [
  /^(Partitioned)?(AllNodesScan|NodeByLabelScan|NodeByIdSeek|NodeByElementIdSeek)$/,
  /^(Partitioned)?(Multi)?Node(Unique)?Index(Seek|Scan|ContainsScan|EndsWithScan|SeekByRange)$/,
  /^(Partitioned)?(Intersection|Union|Subtraction)NodeByLabelsScan$/,
  /^(Partitioned)?(Directed|Undirected)(AllRelationshipsScan|RelationshipTypeScan|RelationshipByIdSeek|RelationshipByElementIdSeek|RelationshipIndex(Seek|Scan|ContainsScan|EndsWithScan|SeekByRange)|UniqueRelationshipIndex(Seek|SeekByRange)|UnionRelationshipTypesScan)$/,
  /^(NodeCountFromCountStore|RelationshipCountFromCountStore|Argument|ArgumentTracker|EmptyRow|Input)$/,
  /^(Optional)?Expand\((All|Into)\)$/,
  /^(VarLengthExpand\((All|Into|Pruning(,\w+)*)\)|BFSPruningVarExpand(\(\w+\))?|PruningVarExpand)$/,
  /^(ShortestPath|StatefulShortestPath\((All|Into)\)|Trail|Repeat\(Trail\)|NullifyMetadata|ProjectEndpoints)$/,
  /^(Let)?(Select)?(Or)?(Anti)?SemiApply$/,
  /^(Apply|RollUpApply|ConditionalApply|AntiConditionalApply|Optional|Anti|CartesianProduct)$/,
  /^(NodeHashJoin|ValueHashJoin|NodeLeftOuterHashJoin|NodeRightOuterHashJoin|Union|OrderedUnion)$/,
  /^(TriadicSelection|TriadicBuild|TriadicFilter)$/,
  /^(Filter|Projection|ProduceResults|Limit|ExhaustiveLimit|Skip|Sort|PartialSort|Top|PartialTop)$/,
  /^(Distinct|OrderedDistinct|EagerAggregation|OrderedAggregation|PartialEagerAggregation)$/,
  /^(Unwind|PartitionedUnwind|CacheProperties|Eager)$/,
  /^(ShowIndexes|ShowConstraints)$/,
];

/** Refused families named for a clearer message than "unknown operator". */
const NAMED_REFUSALS: readonly [RegExp, string][] = [
  [/^LoadCSV$/, "LOAD CSV reads files or URLs from the database server"],
  [
    /^(Show(?!Indexes$|Constraints$)|Terminate)/,
    "SHOW and TERMINATE commands see or stop other sessions' work and settings",
  ],
  [
    /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|SubqueryForeach|TransactionApply|TransactionForeach|Locking|LockNodes|EmptyResult)/,
    "it writes to the graph",
  ],
  [
    /^(AdministrationCommand|SystemProcedureCall|Drop|Alter|Grant|Deny|Revoke|Rename|Enable|Start|Stop|Wait|Assert|DoNothingIfExists)/,
    "administration commands are not for the console",
  ],
];

const PROCEDURE_OPERATOR = /^ProcedureCall$/;

function operatorName(operatorType: string): { name: string; database?: string } {
  const at = operatorType.lastIndexOf("@");
  return at < 0
    ? { name: operatorType }
    : { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/** The procedure name at the start of a ProcedureCall's details, e.g. "db.labels() :: ..." → "db.labels". */
export function procedureName(details: unknown): string {
  const m = /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(String(details ?? ""));
  return m?.[1] ?? "";
}

/** True when `name` is on {@link ALLOWED_PROCEDURES}. */
export function procedureAllowed(name: string): boolean {
  return ALLOWED_PROCEDURES.some((p) => (p.endsWith(".") ? name.startsWith(p) : name === p));
}

function checkOperator(node: PlanNode, database: string | undefined): PlanRefusal | undefined {
  const { name, database: on } = operatorName(node.operatorType);
  if (database && on && on !== database) {
    return { operator: node.operatorType, reason: `it runs on database "${on}", not "${database}"` };
  }
  if (PROCEDURE_OPERATOR.test(name)) {
    const proc = procedureName(node.arguments?.Details);
    if (procedureAllowed(proc)) return undefined;
    return {
      operator: name,
      reason: `procedure ${proc || "(unnamed)"} is not one of the read procedures allowed (${ALLOWED_PROCEDURES.join(", ")})`,
    };
  }
  for (const [pattern, reason] of NAMED_REFUSALS) {
    if (pattern.test(name)) return { operator: name, reason };
  }
  if (READ_OPERATORS.some((p) => p.test(name))) return undefined;
  return { operator: name, reason: `operator ${name} is not a known read operator` };
}

/**
 * Walks the plan; returns the first refusal, or undefined when every operator reads the graph of
 * `database` (the operator's "@database" suffix must match when both are known).
 */
export function checkPlan(plan: PlanNode, database?: string): PlanRefusal | undefined {
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const refusal = checkOperator(node, database);
    if (refusal) return refusal;
    stack.push(...(node.children ?? []));
  }
  return undefined;
}
