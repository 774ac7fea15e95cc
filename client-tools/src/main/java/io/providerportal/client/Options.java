package io.providerportal.client;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code --name value} options and bare {@code --flag}s following the command word. */
record Options(Map<String, String> values, Set<String> flags) {

    /** The canonical form only: ids end up in request paths, so nothing else may slip into one. */
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Any argument after a valued option is taken as its value, even one starting with "--", so
     * passwords are not mistaken for options.
     */
    static Options parse(String[] args, Set<String> valued, Set<String> flagNames) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (flagNames.contains(name)) {
                flags.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new UsageException("missing value for " + arg);
                }
                values.put(name, args[++i]);
            } else {
                throw new UsageException("unknown option for " + args[0] + ": " + arg);
            }
        }
        return new Options(values, flags);
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** A required server id, lower-cased so it compares equal to the ids in the server's answers. */
    String uuid(String name) {
        String value = require(name);
        if (!UUID.matcher(value).matches()) {
            throw new UsageException("--" + name + " must be an id (a UUID)");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    int intValue(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer");
        }
    }

    long longValue(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The server base URL without a trailing slash, so paths can be appended directly. */
    String server() {
        return url("server", require("server"));
    }

    /** Where reads go: {@code --read-server} for a split deployment without a proxy, else {@code --server}. */
    String readServer() {
        return values.containsKey("read-server") ? url("read-server", values.get("read-server")) : server();
    }

    private static String url(String option, String value) {
        String server = value;
        while (server.endsWith("/")) {
            server = server.substring(0, server.length() - 1);
        }
        try {
            URI uri = URI.create(server);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new UsageException("--" + option + " must be an absolute URL");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + " is not a valid URL");
        }
        return server;
    }
}
