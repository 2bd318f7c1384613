package io.github.liquibasesyzygy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmarks' command-line options, {@code --name=value} or a bare {@code --flag}; tiny on purpose. */
public final class Args {

    private final List<String> args;

    public Args(String[] args) {
        this.args = Arrays.asList(args);
    }

    public boolean flag(String name) {
        return args.contains("--" + name);
    }

    public String get(String name, String otherwise) {
        String prefix = "--" + name + "=";
        return args.stream()
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .reduce((a, b) -> b)
                .orElse(otherwise);
    }

    public int getInt(String name, int otherwise) {
        return Integer.parseInt(get(name, String.valueOf(otherwise)));
    }

    public List<String> list(String name, String otherwise) {
        return new ArrayList<>(Arrays.asList(get(name, otherwise).split(",")));
    }
}
