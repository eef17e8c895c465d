package org.cifailureagent.classify.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class TextFeaturesTest {
    private static final TextTokens TEXT = new TextTokens(List.of("lint"),
            List.of(List.of("eslint", "error"), List.of("eslint")), List.of("npm", "npm err"));
    private static final int STEP_LINT = FeatureSchema.STEP_TOKENS
            + LineTokens.bucket("lint", FeatureSchema.STEP_TOKENS_WIDTH);
    private static final int LINE_ESLINT = FeatureSchema.LINE_TOKENS
            + LineTokens.bucket("eslint", FeatureSchema.LINE_TOKENS_WIDTH);
    private static final int LINE_ERROR = FeatureSchema.LINE_TOKENS
            + LineTokens.bucket("error", FeatureSchema.LINE_TOKENS_WIDTH);
    private static final int BLOCK_NPM_ERR = FeatureSchema.BLOCK_TOKENS
            + LineTokens.bucket("npm err", FeatureSchema.BLOCK_TOKENS_WIDTH);
    private static final FeatureVector VOTE_ONLY = new FeatureVector(new int[] {FeatureSchema.RULE_VOTES},
            new float[] {0.5f}, List.of("eslint", "error", "eslint"), TEXT);

    @Test
    public void everyWordKeptHashesTheGroupsWithTheirWeights() {
        FeatureVector all = TextFeatures.keepOnly(VOTE_ONLY, TextFeatures.KEEP_ALL);
        assertThat(all.value(FeatureSchema.RULE_VOTES)).isEqualTo(0.5f);
        assertThat(all.value(STEP_LINT)).isEqualTo(1f);
        assertThat(all.value(LINE_ESLINT)).as("rank 0 and rank 1").isEqualTo(1.5f);
        assertThat(all.value(LINE_ERROR)).isEqualTo(1f);
        assertThat(all.value(BLOCK_NPM_ERR)).isEqualTo(1f);
    }

    @Test
    public void aRefusedWordIsAbsentAndRulesAndWordsStay() {
        Set<String> kept = Set.of("line:error", "block:npm err");
        FeatureVector pruned = TextFeatures.keepOnly(TextFeatures.keepOnly(VOTE_ONLY, TextFeatures.KEEP_ALL),
                kept::contains);
        assertThat(pruned.indices()).containsExactly(FeatureSchema.RULE_VOTES, LINE_ERROR, BLOCK_NPM_ERR);
        assertThat(pruned.words()).isEqualTo(VOTE_ONLY.words());
        assertThat(pruned.text()).isEqualTo(TEXT);
    }

    @Test
    public void theKeysNameEachWordAndBigramByItsGroup() {
        assertThat(TEXT.keys()).containsExactly("step:lint", "line:eslint", "line:error", "line:eslint error",
                "block:npm", "block:npm err");
    }
}
