/* cpt-closing-rules.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-order-status.h"

G_BEGIN_DECLS

/* When a confirmed order closes by itself (PRODUCT.md §1.3). Machine names
 * as in the API: `invoiced`, `shipped`, `shipped_and_invoiced`. */
typedef enum
{
  CPT_CLOSING_RULE_INVOICED,
  CPT_CLOSING_RULE_SHIPPED,
  CPT_CLOSING_RULE_SHIPPED_AND_INVOICED,
} CptClosingRule;

#define CPT_TYPE_CLOSING_RULE (cpt_closing_rule_get_type ())

GType        cpt_closing_rule_get_type        (void);
const char  *cpt_closing_rule_to_string       (CptClosingRule     rule);
gboolean     cpt_closing_rule_from_string     (const char        *name,
                                               CptClosingRule    *rule);
const char  *cpt_closing_rule_get_label       (CptClosingRule     rule);

gboolean     cpt_closing_rules_should_close   (CptClosingRule     rule,
                                               CptInvoicedStatus  invoiced,
                                               CptShippedStatus   shipped,
                                               char             **reason);
gboolean     cpt_closing_rules_should_reopen  (CptClosingRule     rule,
                                               CptInvoicedStatus  invoiced,
                                               CptShippedStatus   shipped,
                                               char             **reason);

G_END_DECLS
