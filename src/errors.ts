/**
 * The application's errors, defined in graph/errors.ts (the graph and loader layers raise them and
 * never import src/); re-exported here for the CLI, the server and the settings.
 */
export { AppError, type ErrorCode, isAppError } from "../graph/errors.ts";
