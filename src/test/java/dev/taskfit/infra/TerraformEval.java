package dev.taskfit.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluates chosen locals and check blocks of the module with the real {@code terraform} binary, offline: a scratch
 * root holding the module's {@code variables.tf}, {@code main.tf} and only the named locals (copied verbatim), so no
 * provider is needed. hcl4j cannot evaluate conditionals on variables; this can, for every value of a variable.
 */
final class TerraformEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private TerraformEval(Path dir) {
        this.dir = dir;
    }

    /** The terraform binary on the PATH, or null. */
    static Path binary() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, "terraform");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A scratch root with the module's variables, main.tf, the named locals (found at the top level of a
     * {@code locals} block in {@code localFiles}) and {@code extra} HCL, initialised.
     */
    static TerraformEval of(Path module, List<String> localFiles, List<String> locals, String extra)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("taskfit-tfeval");
        Files.copy(module.resolve("variables.tf"), dir.resolve("variables.tf"));
        Files.copy(module.resolve("main.tf"), dir.resolve("main.tf"));
        StringBuilder text = new StringBuilder();
        for (String file : localFiles) {
            text.append(Files.readString(module.resolve(file), StandardCharsets.UTF_8)).append('\n');
        }
        StringBuilder eval = new StringBuilder("locals {\n");
        for (String name : locals) {
            eval.append(definition(text.toString(), name)).append('\n');
        }
        eval.append("}\n").append(extra).append('\n');
        Files.writeString(dir.resolve("eval.tf"), eval);
        TerraformEval tf = new TerraformEval(dir);
        tf.run(List.of("init", "-backend=false", "-input=false", "-no-color"), null);
        return tf;
    }

    /** The definition of a top-level local, {@code name = ...} through its closing bracket or end of line. */
    static String definition(String text, String name) {
        Matcher m = Pattern.compile("(?m)^ {2}" + Pattern.quote(name) + "\\s*=\\s*").matcher(text);
        assertTrue(m.find(), "local." + name + " is not defined at the top of a locals block");
        return bracketed(text, m.start(), m.end());
    }

    /** The block {@code variable "name" { ... }}. */
    static String variable(String text, String name) {
        Matcher m = Pattern.compile("(?m)^variable \"" + Pattern.quote(name) + "\"\\s*").matcher(text);
        assertTrue(m.find(), "variable " + name + " is not declared");
        return bracketed(text, m.start(), m.end());
    }

    /** From {@code start} through the bracket that closes the one at {@code open}, or to the end of that line. */
    private static String bracketed(String text, int start, int open) {
        while (Character.isLetterOrDigit(text.charAt(open)) || text.charAt(open) == '_') {
            open++; // a function call such as concat(...): its argument list
        }
        char first = text.charAt(open);
        if (first != '{' && first != '[' && first != '(') {
            int eol = text.indexOf('\n', open);
            return text.substring(start, eol < 0 ? text.length() : eol);
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && --depth == 0) {
                return text.substring(start, i + 1);
            }
        }
        throw new AssertionError("unclosed bracket after: " + text.substring(start, Math.min(text.length(), start + 60)));
    }

    /** The value of {@code expression} as JSON, with these variables set. */
    JsonNode value(String expression, Map<String, String> vars) throws IOException, InterruptedException {
        String out = run(withVars(List.of("console"), vars), "jsonencode(" + expression + ")\n").strip();
        String last = out.substring(out.lastIndexOf('\n') + 1);
        return JSON.readTree(JSON.readValue(last, String.class));
    }

    /**
     * The output of {@code terraform plan} with these variables (check blocks report as warnings there), with runs of
     * white space as one space: terraform wraps long messages.
     */
    String plan(Map<String, String> vars) throws IOException, InterruptedException {
        return run(withVars(List.of("plan", "-input=false", "-no-color"), vars), null).replaceAll("\\s+", " ");
    }

    private static List<String> withVars(List<String> command, Map<String, String> vars) {
        List<String> out = new ArrayList<>(command);
        vars.forEach((k, v) -> out.add("-var=" + k + "=" + v));
        return out;
    }

    private String run(List<String> args, String stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CHECKPOINT_DISABLE", "1"); // no version check over the network
        pb.environment().put("TF_IN_AUTOMATION", "1");
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "terraform " + args + " did not finish");
        assertEquals(0, p.exitValue(), "terraform " + args + " failed:\n" + out);
        return out;
    }
}
