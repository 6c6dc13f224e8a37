package com.partnerportal.platform;

import java.util.List;

/**
 * A module's contribution to the back office's home: its counts of what needs attention
 * now. Each module that owns such data declares one bean; {@code @Order} places it.
 */
public interface BackOfficeAttention {

	List<AttentionItem> attentionItems();

}
