package com.partnerportal.marketplace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a search text becomes the words searched: spaces (the ideographic one too) and the
 * points where Latin letters meet Japanese or Korean separate words; words of one
 * character are left out; Japanese scripts together stay one word.
 */
class SearchWordsTest {

	@Test
	void wordsOfOneCharacterAreLeftOut() {
		assertThat(MarketplaceSearch.words("a cloud x")).containsExactly("cloud");
		assertThat(MarketplaceSearch.words("東 京都")).containsExactly("京都");
		assertThat(MarketplaceSearch.words("a")).isEmpty();
		assertThat(MarketplaceSearch.words("𠮷")).as("one character outside the BMP").isEmpty();
		assertThat(MarketplaceSearch.words("𠮷野")).containsExactly("𠮷野");
		assertThat(MarketplaceSearch.hasShortWords("a cloud")).isTrue();
		assertThat(MarketplaceSearch.hasShortWords("移行 cloud")).isFalse();
		assertThat(MarketplaceSearch.hasShortWords(null)).isFalse();
		assertThat(MarketplaceSearch.hasShortWords("   ")).isFalse();
	}

	@Test
	void latinLettersMeetingJapaneseOrKoreanStartANewWord() {
		assertThat(MarketplaceSearch.words("Cloud移行")).containsExactly("cloud", "移行");
		assertThat(MarketplaceSearch.words("メールmigration")).containsExactly("メール", "migration");
		assertThat(MarketplaceSearch.words("보안audit서울")).containsExactly("보안", "audit", "서울");
		assertThat(MarketplaceSearch.words("東京\u3000移行")).containsExactly("東京", "移行");
		// Japanese scripts together, and digits, stay in their word
		assertThat(MarketplaceSearch.words("移行します 365日 office365")).containsExactly("移行します", "365日", "office365");
		// "a移行": the one-letter part is left out
		assertThat(MarketplaceSearch.words("a移行")).containsExactly("移行");
		assertThat(MarketplaceSearch.hasShortWords("a移行")).isTrue();
	}

	@Test
	void atMostFiveDistinctWordsCount() {
		assertThat(MarketplaceSearch.words("aa bb aa cc dd ee ff gg")).containsExactly("aa", "bb", "cc", "dd", "ee");
	}

}
