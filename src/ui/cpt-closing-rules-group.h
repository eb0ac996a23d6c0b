/* cpt-closing-rules-group.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-closing-rules.h"
#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_CLOSING_RULES_GROUP (cpt_closing_rules_group_get_type ())

G_DECLARE_FINAL_TYPE (CptClosingRulesGroup, cpt_closing_rules_group, CPT, CLOSING_RULES_GROUP, AdwPreferencesGroup)

/* The three closing rules of PRODUCT.md §1.3 as radio rows. With
 * @apply_at_once the rule is stored as soon as one is chosen (the
 * preferences page); otherwise when cpt_closing_rules_group_save() is
 * called (the dialog). */
CptClosingRulesGroup *cpt_closing_rules_group_new      (CptDatabase          *db,
                                                        gboolean              apply_at_once);
CptClosingRule        cpt_closing_rules_group_get_rule (CptClosingRulesGroup *self);
void                  cpt_closing_rules_group_set_rule (CptClosingRulesGroup *self,
                                                        CptClosingRule        rule);
gboolean              cpt_closing_rules_group_save     (CptClosingRulesGroup *self,
                                                        GError              **error);

G_END_DECLS
