package org.llm4rec.explorer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script of the Linux packages (installer/linux/launcher), run in an app image laid out as jpackage
 * makes it, whose runtime is a stand-in that prints the arguments it was started with.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherScriptTest {
    @TempDir
    Path dir;
    private Path image;
    private Path app;
    private Path launcher;

    @BeforeEach
    void layOutAnImage() throws IOException {
        // Spaces, as in the unpacked .tar.gz, and an ampersand, which bash's replacement could misread.
        image = dir.resolve("R&D tools/LLM4Rec Explorer");
        app = Files.createDirectories(image.resolve("lib/app"));
        launcher = Files.createDirectories(image.resolve("bin")).resolve("LLM4Rec Explorer");
        Files.copy(Path.of("installer/linux/launcher"), launcher);
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("llm4rec-explorer");
        Files.writeString(runtime, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        for (Path script : List.of(launcher, runtime)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // The last line has no line break, as an edited file may not.
        Files.writeString(app.resolve("LLM4Rec Explorer.cfg"), """
                [Application]
                app.classpath=$APPDIR/main.jar
                app.mainclass=org.example.Main
                app.classpath=$APPDIR/a library.jar

                [JavaOptions]
                java-options=-XX:AOTCache=$APPDIR/llm4rec.aot
                java-options=-Dimage=$ROOTDIR -Dbin=$BINDIR
                java-options=-Xmx2g""");
    }

    @Test
    void startsTheRuntimeWithTheConfiguredOptionsClassPathAndMainClassThenTheArguments() throws Exception {
        assertThat(run(launcher, "--data-dir", "my data", "lesson one.llm4rec")).containsExactly(
                "-XX:AOTCache=" + app + "/llm4rec.aot",
                "-Dimage=" + image + " -Dbin=" + image + "/bin",
                "-Xmx2g",
                "-Djpackage.app-path=" + launcher,
                "-cp", app + "/main.jar:" + app + "/a library.jar",
                "org.example.Main",
                "--data-dir", "my data", "lesson one.llm4rec");
    }

    @Test
    void findsItsImageWhenStartedThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("llm4rec-explorer"), launcher);

        List<String> arguments = run(link);

        assertThat(arguments).contains("-XX:AOTCache=" + app + "/llm4rec.aot", "-Djpackage.app-path=" + launcher);
        assertThat(arguments).last().isEqualTo("org.example.Main");
    }

    private static List<String> run(Path command, String... arguments) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of(command.toString()));
        commandLine.addAll(List.of(arguments));
        Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        List<String> printed = new String(process.getInputStream().readAllBytes(), UTF_8).lines().toList();
        assertThat(process.waitFor()).as(String.join("\n", printed)).isZero();
        return printed;
    }
}
