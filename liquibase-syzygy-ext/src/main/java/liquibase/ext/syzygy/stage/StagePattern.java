package liquibase.ext.syzygy.stage;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import liquibase.ext.syzygy.fact.ChangeSetId;

/**
 * Selects changesets by changelog path and, optionally, id and author: the left-hand side of a
 * {@code stageOverrides} or {@code stageFallbacks} entry, so that changelogs a user cannot edit can still be staged.
 *
 * <p>Form: {@code PATH} or {@code PATH::ID::AUTHOR}. In the path, {@code *} matches any characters except
 * {@code /}, {@code **} any characters ({@code **}{@code /} also matches no directory at all) and {@code ?} one
 * character; in the id and author, {@code *} and {@code ?} match any characters. Paths are compared without a
 * {@code classpath:} prefix and leading slashes, with {@code \} read as {@code /}.
 *
 * @param text the pattern as written
 */
public record StagePattern(String text, Pattern path, Pattern id, Pattern author) {

    public StagePattern {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(author, "author == null");
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a short reason when the pattern is malformed or has an empty part
     */
    public static StagePattern parse(String text) {
        String[] parts = text.trim().split("::", -1);
        if (parts.length != 1 && parts.length != 3) {
            throw new IllegalArgumentException(
                    "a pattern is PATH or PATH::ID::AUTHOR, but '" + text.trim() + "' has " + parts.length + " parts");
        }
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("the pattern '" + text.trim() + "' has an empty part");
            }
        }
        Pattern any = Pattern.compile(".*", Pattern.DOTALL);
        return new StagePattern(
                text.trim(),
                Pattern.compile(pathRegex(normalize(parts[0].trim())), Pattern.DOTALL),
                parts.length == 3 ? Pattern.compile(nameRegex(parts[1].trim()), Pattern.DOTALL) : any,
                parts.length == 3 ? Pattern.compile(nameRegex(parts[2].trim()), Pattern.DOTALL) : any);
    }

    /** Whether the changeset {@code changeSet} is selected. */
    public boolean matches(ChangeSetId changeSet) {
        return path.matcher(normalize(changeSet.file())).matches()
                && id.matcher(changeSet.id()).matches()
                && author.matcher(changeSet.author()).matches();
    }

    /**
     * The pattern that matches exactly {@code changeSet}, {@code file::id::author} with the file {@link #normalize
     * normalized}: what a hint asks the user to paste into a setting.
     */
    public static String exact(ChangeSetId changeSet) {
        return normalize(changeSet.file()) + "::" + changeSet.id() + "::" + changeSet.author();
    }

    /** A changelog path as patterns see it: {@code /} separators, no {@code classpath:} prefix or leading slash. */
    public static String normalize(String path) {
        String normalized = path.replace('\\', '/');
        if (normalized.toLowerCase(Locale.ROOT).startsWith("classpath:")) {
            normalized = normalized.substring("classpath:".length());
        }
        return normalized.replaceFirst("^/+", "");
    }

    private static String pathRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static String nameRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return regex.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StagePattern that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
