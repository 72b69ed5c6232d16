package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Gradle snippets of the README's Install section and of {@code docs/install.md} declare what the README's Maven
 * snippet declares: CI builds the Maven one outside the repository ({@code .ci/install-check}), but no Gradle can be
 * installed on this project's machines, so the Gradle ones are checked against it here. Each declaration is written
 * as {@code configuration <- [platform] group:artifact[:version]}.
 */
class InstallSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path INSTALL = Path.of("..", "docs", "install.md");

    private static final Pattern MAVEN_COORDINATES = Pattern.compile(
            "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?"
                    + "(?:\\s*<type>pom</type>\\s*<scope>import</scope>)?");
    private static final Pattern GRADLE_DECLARATION = Pattern.compile(
            "(?m)^\\s*(implementation|annotationProcessor)[\\s(]+(platform\\()?\\s*[\"']([^\"']+)[\"']");
    private static final Pattern GRADLE_VERSION =
            Pattern.compile("(?m)^\\s*(?:val|def) ormdanticVersion = [\"']([^\"']+)[\"']");
    private static final Pattern GRADLE_RELEASE = Pattern.compile("options\\.release = (\\d+)");

    @Test
    void theMavenSnippetNamesThisBuildsModulesAndVersion() throws IOException {
        String maven = block(install(read(README)), "xml").getFirst();
        assertEquals(version(), only(Pattern.compile("<ormdantic.version>([^<]+)</ormdantic.version>"), maven));
        assertEquals(
                release(), only(Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>"), maven));
        String bom = read(Path.of("..", "bom", "pom.xml"));
        for (String artifact : List.of("ormdantic-runtime", "ormdantic-processor")) {
            assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId>"), "the BOM manages " + artifact);
        }
        assertEquals(expected(), mavenDeclarations(maven));
    }

    @Test
    void everyGradleSnippetDeclaresWhatTheMavenSnippetDoes() throws IOException {
        Set<String> expected =
                mavenDeclarations(block(install(read(README)), "xml").getFirst());
        List<String> gradle = new ArrayList<>(block(install(read(README)), "kotlin"));
        gradle.addAll(block(read(INSTALL), "groovy"));
        assertEquals(2, gradle.size(), "the README's Kotlin DSL snippet and docs/install.md's Groovy DSL one");
        for (String snippet : gradle) {
            assertEquals(version(), only(GRADLE_VERSION, snippet), snippet);
            assertEquals(release(), only(GRADLE_RELEASE, snippet), snippet);
            assertTrue(snippet.contains("mavenLocal()"), "the snapshot is read from the local repository: " + snippet);
            Set<String> declared = new TreeSet<>();
            Matcher m = GRADLE_DECLARATION.matcher(snippet);
            while (m.find()) {
                String coordinates =
                        m.group(3).replace("${ormdanticVersion}", version()).replace("$ormdanticVersion", version());
                declared.add(m.group(1) + " <- " + (m.group(2) != null ? "platform " : "") + coordinates);
            }
            assertEquals(expected, declared, snippet);
        }
    }

    /**
     * What the Maven snippet means, written as Gradle declarations: the imported BOM aligns the class path and,
     * since Gradle's {@code annotationProcessor} does not inherit it, the processor path; the dependency is
     * {@code implementation}; the processor path entry is {@code annotationProcessor}, its version from the BOM.
     */
    private static Set<String> mavenDeclarations(String maven) {
        Set<String> declared = new TreeSet<>();
        Matcher m = MAVEN_COORDINATES.matcher(maven);
        while (m.find()) {
            if (!m.group(1).equals("dev.ormdantic")) {
                continue; // the compiler plugin
            }
            String coordinates = m.group(1) + ":" + m.group(2);
            if (m.group(0).contains("<scope>import</scope>")) {
                String bom = "platform " + coordinates + ":"
                        + Objects.requireNonNull(m.group(3)).replace("${ormdantic.version}", version());
                declared.add("implementation <- " + bom);
                declared.add("annotationProcessor <- " + bom);
            } else if (m.start() > maven.indexOf("<annotationProcessorPaths>")) {
                declared.add("annotationProcessor <- " + coordinates);
            } else {
                assertFalse(m.group(0).contains("<version>"), "the BOM gives the runtime its version");
                declared.add("implementation <- " + coordinates);
            }
        }
        return declared;
    }

    private static Set<String> expected() {
        String bom = "platform dev.ormdantic:ormdantic-bom:" + version();
        return new TreeSet<>(Set.of(
                "implementation <- " + bom,
                "annotationProcessor <- " + bom,
                "implementation <- dev.ormdantic:ormdantic-runtime",
                "annotationProcessor <- dev.ormdantic:ormdantic-processor"));
    }

    private static String version() {
        return Objects.requireNonNull(System.getProperty("ormdantic.project.version"), "set by surefire");
    }

    private static String release() {
        return Objects.requireNonNull(System.getProperty("ormdantic.project.release"), "set by surefire");
    }

    private static String only(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no " + pattern + " in " + text);
        String found = m.group(1);
        assertFalse(m.find(), "more than one " + pattern + " in " + text);
        return found;
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    /** The README's Install section, up to the next section. */
    private static String install(String readme) {
        int start = readme.indexOf("\n## Install\n");
        assertTrue(start >= 0, "README.md has an Install section");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The fenced blocks of a language, in order. */
    private static List<String> block(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```\\n").matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertFalse(blocks.isEmpty(), "no ```" + language + " block");
        return blocks;
    }
}
