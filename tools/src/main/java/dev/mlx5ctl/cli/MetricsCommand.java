package dev.mlx5ctl.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.device.Device;
import dev.mlx5ctl.device.DeviceEntry;
import dev.mlx5ctl.device.DeviceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code mlx5ctl metrics}: the counters in Prometheus' text format, once (to stdout, or to {@code -o FILE} replaced
 * atomically, as node_exporter's textfile collector needs) or served at {@code /metrics} over HTTP, read afresh for
 * each scrape. The server binds to the loopback address unless told otherwise: the counters of a fleet's NICs are
 * for its own monitoring, not for the network at large.
 */
final class MetricsCommand extends Subcommand {

    private final CounterOptions counters = new CounterOptions(model);

    private final Arg<Boolean> allDevices = model.flag("Every device of `mlx5ctl list`, not only --device's.",
            "--all-devices");

    private final Arg<String> listen = model.option(String.class, OptionSpec.builder("--listen")
            .paramLabel("[ADDR:]PORT").description("Serve /metrics on this address (default address 127.0.0.1; "
                    + "port 0 picks one, said on stderr) until killed."));

    MetricsCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl metrics",
                "  mlx5ctl metrics --all-devices -o /var/lib/prometheus/node-exporter/mlx5ctl.prom",
                "  mlx5ctl metrics --all-devices --listen 9464        (http://127.0.0.1:9464/metrics)",
                "  mlx5ctl metrics vport ppcnt --port 1,2 --listen 0.0.0.0:9464");
    }

    @Override
    int run(GlobalOptions options) {
        Counters.Selection selection = counters.selection();
        String listen = this.listen.get();
        if (options.format() != GlobalOptions.Format.TEXT) {
            throw new UsageException("metrics prints Prometheus' text format; --json, --hex and --raw do not apply "
                    + "(mlx5ctl watch --json prints counters as JSON lines)");
        }
        if (listen == null) {
            String text = scrape(options, selection);
            if (options.output() == null) {
                printer().text(text);
            } else {
                replace(options.output(), text);
            }
            return ExitCode.OK;
        }
        if (options.output() != null) {
            throw new UsageException("--listen serves the metrics; -o writes them once: choose one");
        }
        serve(options, selection, address(listen));
        return ExitCode.OK;
    }

    /** Reads every chosen device; a device that cannot be opened reads as all its sources failed. */
    private String scrape(GlobalOptions options, Counters.Selection selection) {
        List<String> names = allDevices.get() ? Device.list().stream().map(DeviceEntry::name).toList()
                : List.of(options.device());
        List<Counters.Snapshot> snapshots = new ArrayList<>();
        for (String spec : names) {
            try (Session session = new Session(options.withDevice(spec))) {
                String name = options.explain() ? spec : session.device().name();
                snapshots.add(Counters.read(session, name, selection));
            } catch (DeviceException e) {
                options.err().println("mlx5ctl: " + spec + ": " + e.getMessage());
                snapshots.add(new Counters.Snapshot(spec, System.nanoTime(), List.of(), selection.sources().stream()
                        .map(s -> new Counters.Failure(s, e.getMessage())).toList()));
            }
        }
        for (Counters.Snapshot s : snapshots) {
            s.failures().forEach(f -> options.err().println("mlx5ctl: " + s.device() + ": " + f.source().label()
                    + ": " + f.message()));
        }
        return Exposition.of(snapshots, List.copyOf(selection.sources()));
    }

    private void serve(GlobalOptions options, Counters.Selection selection, InetSocketAddress address) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + address + ": " + e.getMessage());
        }
        // The default executor is the dispatcher thread: scrapes run one at a time, each on a fresh device file.
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    respond(exchange, 405, "text/plain; charset=utf-8", "GET /metrics\n");
                    return;
                }
                String body;
                try {
                    body = scrape(options, selection);
                } catch (RuntimeException e) {
                    respond(exchange, 500, "text/plain; charset=utf-8", "mlx5ctl: " + e.getMessage() + "\n");
                    return;
                }
                respond(exchange, 200, Exposition.CONTENT_TYPE, body);
            }
        });
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(exchange, exchange.getRequestURI().getPath().equals("/") ? 200 : 404,
                        "text/plain; charset=utf-8", "mlx5ctl: the metrics are at /metrics\n");
            }
        });
        server.start();
        InetSocketAddress bound = server.getAddress();
        options.err().println("mlx5ctl: serving http://" + bound.getAddress().getHostAddress() + ":"
                + bound.getPort() + "/metrics");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** {@code PORT}, {@code ADDR:PORT} or {@code [IPV6]:PORT}; the address defaults to the loopback. */
    static InetSocketAddress address(String spec) {
        String s = spec.strip();
        int colon = s.lastIndexOf(':');
        String host = colon < 0 ? null : s.substring(0, colon);
        String port = colon < 0 ? s : s.substring(colon + 1);
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new UsageException("--listen takes [ADDR:]PORT, not '" + spec + "'");
        }
        if (p < 0 || p > 65535) {
            throw new UsageException("--listen: port " + p + " is not 0 to 65535");
        }
        if (host == null || host.isEmpty()) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), p);
        }
        if (!host.matches("[0-9A-Fa-f:.]+")) {
            throw new UsageException("--listen takes a numeric address (127.0.0.1, ::1, 0.0.0.0), not '" + host + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), p);
        } catch (IOException e) {
            throw new UsageException("--listen: '" + host + "' is not an address");
        }
    }

    /** Writes {@code text} to a file beside {@code target} and renames it over target, so no reader sees half. */
    static void replace(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed; that is what is reported.
                }
            }
            throw new Errors.FileException("write", target, e);
        }
    }
}
