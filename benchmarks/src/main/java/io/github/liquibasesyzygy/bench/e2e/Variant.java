package io.github.liquibasesyzygy.bench.e2e;

import io.github.liquibasesyzygy.bench.parse.Changelogs;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The ways of applying the changelog that benchmark 2 compares. Two of them separate what running two stages costs
 * from what the extension costs: plain Liquibase running the same changelog <em>staged by hand</em> (every
 * changeset's stage written as its context: the same two runs doing the same work, without the extension), and plain
 * Liquibase running {@code update} twice (the second run has nothing to do: the fixed cost of a run).
 */
enum Variant {
    PLAIN("plain", false),
    EXTENSION("extension", true),
    BY_HAND("by-hand", false),
    PLAIN_X2("plain-x2", false);

    private final String label;
    private final boolean withExtension;

    Variant(String label, boolean withExtension) {
        this.label = label;
        this.withExtension = withExtension;
    }

    String label() {
        return label;
    }

    boolean withExtension() {
        return withExtension;
    }

    /** Applies the whole changelog to the empty database at {@code url}, the way this variant does. */
    RunCost deploy(IsolatedLiquibase liquibase, Sources sources, String url) throws Exception {
        return switch (this) {
            case PLAIN -> liquibase.update(sources.dir(), sources.root(), url, null);
            case PLAIN_X2 -> liquibase
                    .update(sources.dir(), sources.root(), url, null)
                    .plus(liquibase.update(sources.dir(), sources.root(), url, null));
            case BY_HAND -> twoStages(liquibase, sources.stagedDir(), sources.staged(), url);
            case EXTENSION -> twoStages(liquibase, sources.dir(), sources.root(), url);
        };
    }

    private static RunCost twoStages(IsolatedLiquibase liquibase, String dir, String root, String url)
            throws Exception {
        return liquibase.update(dir, root, url, "pre-deploy").plus(liquibase.update(dir, root, url, "post-deploy"));
    }

    /** The variants named in {@code labels}, e.g. {@code [plain, extension]}. */
    static List<Variant> named(List<String> labels) {
        return labels.stream()
                .map(label -> Arrays.stream(values())
                        .filter(v -> v.label.equals(label))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown variant " + label)))
                .toList();
    }

    /** The generated changelog, as written ({@code root} under {@code dir}) and staged by hand. */
    record Sources(String dir, String root, String stagedDir, String staged) {

        /** Writes both versions of a changelog of {@code size} changesets under {@code dir}. */
        static Sources generate(Path dir, int size) throws Exception {
            String root = Changelogs.generate(
                    dir.resolve("changelog"), Changelogs.Format.XML, Changelogs.Flavor.PORTABLE, size, 250, 0);
            String staged = Changelogs.generate(
                    dir.resolve("changelog-staged"),
                    Changelogs.Format.XML,
                    Changelogs.Flavor.HAND_STAGED,
                    size,
                    250,
                    0);
            return new Sources(
                    dir.resolve("changelog").toString(),
                    root,
                    dir.resolve("changelog-staged").toString(),
                    staged);
        }
    }
}
