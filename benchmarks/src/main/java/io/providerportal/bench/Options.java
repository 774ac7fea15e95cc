package io.providerportal.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs after the scenario word; every option has a default but the database ones. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new Options(values);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    public List<Integer> integers(String name, String fallback) {
        return Arrays.stream(get(name, fallback).split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
    }

    /** The operator client; the standalone jar's embedded default ships this development one. */
    public String operatorId() {
        return get("operator-id", "dev-operator");
    }

    public String operatorSecret() {
        return get("operator-secret", "dev-operator-secret");
    }
}
