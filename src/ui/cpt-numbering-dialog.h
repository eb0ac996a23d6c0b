/* cpt-numbering-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-numbering-editor.h"

G_BEGIN_DECLS

#define CPT_TYPE_NUMBERING_DIALOG (cpt_numbering_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptNumberingDialog, cpt_numbering_dialog, CPT, NUMBERING_DIALOG, AdwWindow)

CptNumberingDialog *cpt_numbering_dialog_new        (GtkWindow          *parent,
                                                     CptDatabase        *db,
                                                     const char         *doc_type);
CptNumberingEditor *cpt_numbering_dialog_get_editor (CptNumberingDialog *self);

G_END_DECLS
