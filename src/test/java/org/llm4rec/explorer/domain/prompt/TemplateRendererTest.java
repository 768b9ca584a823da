package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.llm4rec.explorer.domain.prompt.PromptPart.CANDIDATES;
import static org.llm4rec.explorer.domain.prompt.PromptPart.HISTORY;
import static org.llm4rec.explorer.domain.prompt.PromptPart.INSTRUCTION;
import static org.llm4rec.explorer.domain.prompt.PromptPart.OUTPUT_FORMAT;
import static org.llm4rec.explorer.domain.prompt.PromptPart.PREFERENCES;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateRendererTest {
    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Map<String, PromptVariable> variables = Map.of(
            "history", new PromptVariable(HISTORY, "1. Dune\n2. Emma"),
            "count", PromptVariable.instruction("5"),
            "preferences", new PromptVariable(PREFERENCES, ""),
            "candidates", new PromptVariable(CANDIDATES, "1. Heat"));

    @Test
    void literalTextOutsideBlocksIsInstruction() {
        assertThat(render("Recommend some books.").segments())
                .containsExactly(new PromptSegment(INSTRUCTION, "Recommend some books."));
    }

    @Test
    void aPlaceholderTakesTheTextAndPartOfItsVariable() {
        assertThat(render("I read:\n{{history}}\nThat is all.").segments()).containsExactly(
                new PromptSegment(INSTRUCTION, "I read:\n"),
                new PromptSegment(HISTORY, "1. Dune\n2. Emma"),
                new PromptSegment(INSTRUCTION, "\nThat is all."));
    }

    @Test
    void whiteSpaceInsideATagIsAllowed() {
        assertThat(render("Give {{ count }}.").text()).isEqualTo("Give 5.");
    }

    @Test
    void aBlockMarksItsLiteralTextAsThatPart() {
        assertThat(render("Pick books.{{#format}} Answer in JSON.{{/format}} Thanks.").segments()).containsExactly(
                new PromptSegment(INSTRUCTION, "Pick books."),
                new PromptSegment(OUTPUT_FORMAT, " Answer in JSON."),
                new PromptSegment(INSTRUCTION, " Thanks."));
    }

    @Test
    void aBlockTagOnItsOwnLineTakesTheLineWithIt() {
        RenderedPrompt prompt = render("Pick books.\n  {{#format}}\nAnswer in JSON.\n{{/format}}\nThanks.");

        assertThat(prompt.text()).isEqualTo("Pick books.\nAnswer in JSON.\nThanks.");
        assertThat(prompt.segments()).containsExactly(
                new PromptSegment(INSTRUCTION, "Pick books.\n"),
                new PromptSegment(OUTPUT_FORMAT, "Answer in JSON.\n"),
                new PromptSegment(INSTRUCTION, "Thanks."));
    }

    @Test
    void aPlaceholderInsideABlockKeepsItsOwnPart() {
        assertThat(render("{{#format}}Give {{count}} items.{{/format}}").segments()).containsExactly(
                new PromptSegment(OUTPUT_FORMAT, "Give "),
                new PromptSegment(INSTRUCTION, "5"),
                new PromptSegment(OUTPUT_FORMAT, " items."));
    }

    @Test
    void blocksNestAndTheInnermostWins() {
        assertThat(render("{{#format}}a{{#candidates}}b{{/candidates}}c{{/format}}").segments()).containsExactly(
                new PromptSegment(OUTPUT_FORMAT, "a"),
                new PromptSegment(CANDIDATES, "b"),
                new PromptSegment(OUTPUT_FORMAT, "c"));
    }

    @ParameterizedTest
    @EnumSource(PromptPart.class)
    void everyPartHasALowerCaseBlockName(PromptPart part) {
        String name = part.name().toLowerCase(Locale.ROOT);

        assertThat(render("{{#" + name + "}}text{{/" + name + "}}").segments())
                .containsExactly(new PromptSegment(part, "text"));
    }

    @Test
    void neighboursOfTheSamePartAreMerged() {
        Map<String, PromptVariable> two = Map.of(
                "a", new PromptVariable(HISTORY, "x"), "b", new PromptVariable(HISTORY, "y"));

        assertThat(renderer.render(template("{{a}}{{#history}}-{{/history}}{{b}} and {{b}}"), two).segments())
                .containsExactly(new PromptSegment(HISTORY, "x-y"), new PromptSegment(INSTRUCTION, " and "),
                        new PromptSegment(HISTORY, "y"));
    }

    @Test
    void anEmptyOptionalVariableLeavesNoRunOfBlankLines() {
        RenderedPrompt prompt = render("I read:\n{{history}}\n\n{{preferences}}\n\nRecommend {{count}}.");

        assertThat(prompt.text()).isEqualTo("I read:\n1. Dune\n2. Emma\n\nRecommend 5.");
        assertThat(prompt.segments()).extracting(PromptSegment::part).doesNotContain(PREFERENCES);
    }

    @Test
    void aFilledOptionalVariableKeepsItsParagraph() {
        Map<String, PromptVariable> withPreferences = Map.of(
                "preferences", new PromptVariable(PREFERENCES, "I like short books."));

        assertThat(renderer.render(template("Hello.\n\n{{preferences}}\n\nBye."), withPreferences).text())
                .isEqualTo("Hello.\n\nI like short books.\n\nBye.");
    }

    @Test
    void linesHoldingOnlySpacesCountAsBlank() {
        assertThat(render("A\n  \n\t\n \nB\n\nC").text()).isEqualTo("A\n\nB\n\nC");
    }

    @Test
    void surroundingWhiteSpaceAndWindowsLineEndingsAreRemoved() {
        assertThat(render("\r\n\r\n  Hello\r\n\r\n\r\n\r\nWorld {{preferences}}\r\n\r\n").text())
                .isEqualTo("Hello\n\nWorld");
    }

    @Test
    void anUnknownVariableNamesItselfItsLineAndTheKnownOnes() {
        assertThatThrownBy(() -> render("Books:\n{{histroy}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 2: {{histroy}} is not a variable this prompt provides. Available variables:"
                        + " candidates, count, history, preferences.");
    }

    @Test
    void anUnclosedBlockNamesItsLine() {
        assertThatThrownBy(() -> render("Intro\n\n{{#format}}\nJSON please"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 3: the block {{#format}} is never closed; add {{/format}} where it should end.");
    }

    @Test
    void aClosingTagWithoutItsBlockIsAnError() {
        assertThatThrownBy(() -> render("Text {{/format}}"))
                .hasMessage("Line 1: {{/format}} closes a block that was never opened.");
    }

    @Test
    void blocksMustCloseInOrder() {
        assertThatThrownBy(() -> render("{{#format}}\n{{#history}}\nx\n{{/format}}\n{{/history}}"))
                .hasMessage("Line 4: {{/format}} does not match the open block {{#history}} from line 2;"
                        + " close that one first with {{/history}}.");
    }

    @Test
    void anUnknownBlockNameListsTheParts() {
        assertThatThrownBy(() -> render("{{#fromat}}x{{/fromat}}"))
                .hasMessage("Line 1: {{#fromat}} is not a prompt part. Blocks can be: format, instruction, history,"
                        + " preferences, candidates, demonstrations, output_format.");
    }

    @Test
    void anUnterminatedTagIsAnError() {
        assertThatThrownBy(() -> render("Give\n{{count items"))
                .hasMessage("Line 2: '{{' is never closed with '}}'.");
    }

    @Test
    void aTagThatIsNotANameIsAnError() {
        assertThatThrownBy(() -> render("{{two words}}"))
                .hasMessageStartingWith("Line 1: {{two words}} is not a valid tag;");
    }

    @Test
    void anEmptyTemplateRendersNothing() {
        assertThat(render("").segments()).isEqualTo(List.of());
    }

    private RenderedPrompt render(String text) {
        return renderer.render(template(text), variables);
    }

    private static PromptTemplate template(String text) {
        return new PromptTemplate("test", 1, text);
    }
}
