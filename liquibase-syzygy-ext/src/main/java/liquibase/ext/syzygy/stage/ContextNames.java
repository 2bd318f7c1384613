package liquibase.ext.syzygy.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liquibase.ext.syzygy.Stage;

/**
 * Reads and writes stage names in Liquibase context expressions.
 *
 * <p>Liquibase context expressions combine names with {@code and}, {@code or}, {@code ,}, {@code not}/{@code !},
 * parentheses and the required-context marker {@code @}; names match case-insensitively. This class only needs
 * the names and whether each is negated, so it tokenizes instead of parsing.
 */
public final class ContextNames {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s(),]+");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not");
    private static final Pattern STAGE_LIKE = Pattern.compile("(pre|post)[-_ .]?deploy(ment|ed|s)?");

    private ContextNames() {}

    /**
     * The context expression {@code existing} restricted to {@code stage}.
     *
     * <p>Liquibase splits an expression at every comma before parsing the parts, so commas are only ever top-level
     * alternatives; they are rewritten as {@code or}, because {@code (a, b) and pre-deploy} would not parse. An
     * expression that is exactly the stage is returned as written.
     *
     * @return {@code pre-deploy} for an empty expression, else {@code (existing) and pre-deploy}
     */
    public static String withStage(String existing, Stage stage) {
        if (existing == null || existing.isBlank()) {
            return stage.contextName();
        }
        String trimmed = existing.trim();
        if (trimmed.equalsIgnoreCase(stage.contextName())) {
            return trimmed;
        }
        return "(" + withoutCommas(trimmed) + ") and " + stage.contextName();
    }

    /**
     * {@code expression} with each misspelt stage name ({@link #misspeltStages}) written as {@code stage}: what an
     * operator's {@code stageOverrides} entry means for a changeset they cannot edit, whose context was meant to
     * name its stage. Names are replaced as whole words, case-insensitively.
     */
    public static String withMisspeltStagesAs(String expression, Stage stage) {
        String result = expression;
        for (String name : misspeltStages(expression)) {
            result = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                    .matcher(result)
                    .replaceAll(stage.contextName());
        }
        return result;
    }

    /** {@code a, b} as {@code (a) or (b)}: the meaning Liquibase gives top-level commas, as one expression. */
    static String withoutCommas(String expression) {
        if (!expression.contains(",")) {
            return expression;
        }
        return Arrays.stream(expression.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(part -> "(" + part + ")")
                .collect(Collectors.joining(" or "));
    }

    /**
     * The stages that {@code expression} names without negating them, as an unmodifiable set.
     *
     * <p>Runs for every changeset of every parse; an expression that is empty or exactly one stage, by far the most
     * common, is answered without tokenizing.
     */
    public static Set<Stage> stagesNamedIn(String expression) {
        if (expression == null || expression.isBlank()) {
            return Set.of();
        }
        Optional<Stage> exact = Stage.fromContextName(expression);
        if (exact.isPresent()) {
            return Set.of(exact.get());
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (Token token : tokens(expression)) {
            if (!token.negated()) {
                Stage.fromContextName(token.name()).ifPresent(stages::add);
            }
        }
        return Collections.unmodifiableSet(stages);
    }

    /**
     * The context names in {@code expression} that look like a stage but are not one: {@code pre_deploy},
     * {@code predeploy}, {@code post-deployment}, {@code pre-deploi}, ...
     */
    public static List<String> misspeltStages(String expression) {
        if (expression == null
                || expression.isBlank()
                || Stage.fromContextName(expression.trim()).isPresent()) {
            return List.of();
        }
        List<String> misspelt = new ArrayList<>();
        for (Token token : tokens(expression)) {
            if (looksLikeMisspeltStage(token.name())) {
                misspelt.add(token.name());
            }
        }
        return misspelt;
    }

    /** The stage a misspelt name most likely meant, by its prefix ({@code post...} means post-deploy). */
    public static Stage probableStage(String misspelt) {
        return misspelt.toLowerCase(Locale.ROOT).startsWith("post") ? Stage.POST_DEPLOY : Stage.PRE_DEPLOY;
    }

    static boolean looksLikeMisspeltStage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (Stage.fromContextName(lower).isPresent()) {
            return false;
        }
        if (STAGE_LIKE.matcher(lower).matches()) {
            return true;
        }
        for (Stage stage : Stage.values()) {
            if (EditDistance.atMost(lower, stage.contextName(), 2)) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(String expression) {
        List<Token> tokens = new ArrayList<>();
        if (expression == null || expression.isBlank()) {
            return tokens;
        }
        boolean negateNext = false;
        for (String raw : SEPARATORS.split(expression.trim())) {
            String word = raw.trim();
            if (word.isEmpty()) {
                continue;
            }
            if (word.equalsIgnoreCase("not")) {
                negateNext = true;
                continue;
            }
            if (OPERATORS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean negated = negateNext || word.startsWith("!");
            negateNext = false;
            String name = word.replaceFirst("^[!@]+", "");
            if (!name.isEmpty()) {
                tokens.add(new Token(name, negated));
            }
        }
        return tokens;
    }

    private record Token(String name, boolean negated) {}
}
