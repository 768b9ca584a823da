package org.llm4rec.explorer.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.llm4rec.explorer.app.AppInfo;

/** Version, the licences of what the app is built with, and the sample data's attribution. */
final class AboutDialog {
    private static final String TEXT = AppInfo.NAME + " " + AppInfo.VERSION + "\n"
            + "Explore LLM prompting strategies for recommendation against a local Ollama model.\n"
            + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?")
            + "\n\n"
            + "Sample data\n"
            + "  goodbooks-10k book catalogue by Zygmunt Zając, CC BY-SA 4.0\n"
            + "  (https://github.com/zygmuntz/goodbooks-10k). Demo profiles are made from its books.\n\n"
            + "Built with\n"
            + "  OpenJFX 21 — GPL v2 with the Classpath Exception\n"
            + "  ControlsFX 11 — BSD 3-Clause\n"
            + "  AtlantaFX 2 — MIT\n"
            + "  LangChain4j 1.18 — Apache 2.0\n"
            + "  Jackson 2 — Apache 2.0\n"
            + "  SQLite JDBC (xerial) — Apache 2.0; SQLite — public domain\n"
            + "  picocli 4 — Apache 2.0\n"
            + "  SLF4J — MIT\n\n"
            + "Ollama is a separate program (MIT), not bundled: https://ollama.com\n";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About " + AppInfo.NAME);
        about.setHeaderText(AppInfo.NAME + " " + AppInfo.VERSION);
        TextArea text = new TextArea(TEXT);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(20);
        text.setId("aboutText");
        about.getDialogPane().setContent(text);
        about.show();
    }
}
