package io.providerportal.bench.faults;

/** What is done to the topology in the middle of a phase's load. */
enum Fault {
    NONE("none (baseline)"),
    KILL_COMMAND_SIDE("kill -9 command side"),
    KILL_QUERY_SIDE("kill -9 query side"),
    RESTART_POSTGRES("PostgreSQL restart -m immediate");

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Fault named(String name) {
        return switch (name.trim()) {
            case "none" -> NONE;
            case "command" -> KILL_COMMAND_SIDE;
            case "query" -> KILL_QUERY_SIDE;
            case "postgres" -> RESTART_POSTGRES;
            default ->
                throw new IllegalArgumentException("unknown fault " + name + " (none, command, query, postgres)");
        };
    }
}
