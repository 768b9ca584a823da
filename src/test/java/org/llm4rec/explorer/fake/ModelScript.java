package org.llm4rec.explorer.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one installed model of the fake says and how it misbehaves. Immutable: the fake swaps whole scripts, so a
 * request that is already streaming keeps the script it started with.
 */
record ModelScript(String name, Function<String, String> answer, Duration chunkDelay, String thinking,
                   FakeOllama.Fault fault, Function<String, Duration> promptTime) {

    static final String DEFAULT_REPLY = "This is a reply from the fake Ollama.";
    private static final Pattern SIZE_TAG = Pattern.compile("(\\d+(?:\\.\\d+)?)b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAMILY = Pattern.compile("^(?:.*/)?([a-z]+)");

    static ModelScript installed(String name) {
        return new ModelScript(name, prompt -> DEFAULT_REPLY, Duration.ZERO, null, null, prompt -> Duration.ZERO);
    }

    ModelScript withAnswer(Function<String, String> newAnswer) {
        return new ModelScript(name, newAnswer, chunkDelay, thinking, fault, promptTime);
    }

    ModelScript withChunkDelay(Duration delay) {
        return new ModelScript(name, answer, delay, thinking, fault, promptTime);
    }

    ModelScript withPromptTime(Function<String, Duration> time) {
        return new ModelScript(name, answer, chunkDelay, thinking, fault, time);
    }

    ModelScript withThinking(String text) {
        return new ModelScript(name, answer, chunkDelay, text, fault, promptTime);
    }

    ModelScript withFault(FakeOllama.Fault newFault) {
        return new ModelScript(name, answer, chunkDelay, thinking, newFault, promptTime);
    }

    /** Real Ollama only accepts {@code think:true} for models that can think; here that is a model given thinking text. */
    boolean canThink() {
        return thinking != null;
    }

    /** A stable sha256-shaped digest, so that a run can record "the same weights" across fake restarts. */
    String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "llama3.2:3b" gives "llama": the letters a model name starts with, which is how Ollama names families. */
    String family() {
        Matcher m = FAMILY.matcher(name.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "llama";
    }

    /** "llama3.2:3b" gives "3B", as Ollama shows it; an untagged name gets a typical small size. */
    String parameterSize() {
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            Matcher m = SIZE_TAG.matcher(name.substring(colon + 1));
            if (m.matches()) {
                return m.group(1) + "B";
            }
        }
        return "3.2B";
    }

    String quantization() {
        return "Q4_K_M";
    }

    /** Roughly what a Q4_K_M file of this many parameters takes on disk. */
    long sizeBytes() {
        double billions = Double.parseDouble(parameterSize().replace("B", ""));
        return Math.round(billions * 0.62e9);
    }
}
