/* cpt-closing-rules-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-closing-rules-group.h"
#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_CLOSING_RULES_DIALOG (cpt_closing_rules_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptClosingRulesDialog, cpt_closing_rules_dialog, CPT, CLOSING_RULES_DIALOG, AdwWindow)

CptClosingRulesDialog *cpt_closing_rules_dialog_new       (GtkWindow             *parent,
                                                           CptDatabase           *db);
CptClosingRulesGroup  *cpt_closing_rules_dialog_get_group (CptClosingRulesDialog *self);

G_END_DECLS
