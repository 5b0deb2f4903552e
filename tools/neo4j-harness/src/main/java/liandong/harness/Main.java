package liandong.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Start a real Neo4j Community in this process, Bolt on 127.0.0.1:&lt;port&gt;, auth disabled, no
 * HTTP server, no plugins. Prints one line {@code READY bolt://127.0.0.1:<port>} on stdout when it
 * accepts connections, then runs until stdin reaches end of file or the process gets SIGTERM/SIGINT,
 * and stops cleanly (the harness deletes its data folder on close).
 *
 * <pre>java -Xmx2g -jar liandong-neo4j-harness.jar PORT [WORK_DIR] [PAGECACHE_MB]</pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: liandong-neo4j-harness PORT [WORK_DIR] [PAGECACHE_MB]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("liandong-neo4j-");
        long pagecacheMb = args.length > 2 ? Long.parseLong(args[2]) : 512L;
        Files.createDirectories(work);

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(work)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pagecacheMb * 1024L * 1024L)
                .build();

        AtomicBoolean closed = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                System.err.println("liandong-neo4j-harness: stopping");
                neo4j.close();
                System.err.println("liandong-neo4j-harness: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-harness-stop"));

        String version = neo4j.defaultDatabaseService()
                .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                        java.util.Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
        System.out.println("READY bolt://127.0.0.1:" + neo4j.boltURI().getPort() + " neo4j " + version);
        System.out.flush();

        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // anything typed is ignored; end of file means "stop"
            }
        } catch (IOException ignored) {
            // stdin closed under us: stop as well
        }
        System.exit(0); // runs the shutdown hook
    }
}
