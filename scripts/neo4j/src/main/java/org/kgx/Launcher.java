package org.kgx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs a Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on HOST:PORT and
 * authentication on, for kg-explorer's development and tests (scripts/neo4j.mjs starts it).
 * Usage: Launcher HOME_DIR PORT [PAGE_CACHE_MB]; the password of user neo4j comes from
 * NEO4J_PASSWORD. It also
 * creates the console's user NEO4J_READ_USER (default kgx_reader, password NEO4J_READ_PASSWORD,
 * default kgx-reader-password); Community Edition has no roles, so that user is not restricted
 * by the server there (Enterprise and Aura: GRANT it MATCH only). LOAD CSV may not read files.
 * Transaction logs rotate at 64 MB and only the last 2 files are kept (no unbounded growth).
 * Prints "KGX-NEO4J-READY" once Bolt accepts connections; shuts down cleanly on SIGTERM.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : ".data/neo4j").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kgx-dev-password");
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("KGX-NEO4J-STOPPING");
      dbms.shutdown();
    }));

    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // A restart with the same password: nothing to change.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    String readUser = System.getenv().getOrDefault("NEO4J_READ_USER", "kgx_reader");
    String readPassword = System.getenv().getOrDefault("NEO4J_READ_PASSWORD", "kgx-reader-password");
    system.executeTransactionally(
        "CREATE OR REPLACE USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("user", readUser, "password", readPassword));
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("KGX-NEO4J-READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
