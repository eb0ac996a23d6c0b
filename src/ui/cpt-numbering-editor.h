/* cpt-numbering-editor.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_NUMBERING_EDITOR (cpt_numbering_editor_get_type ())

G_DECLARE_FINAL_TYPE (CptNumberingEditor, cpt_numbering_editor, CPT, NUMBERING_EDITOR, AdwPreferencesGroup)

/* The numbering series of one document type ("salesorder", "invoice",
 * "creditnote", "shipment"): automatic or manual, prefix, next number,
 * padding, yearly restart, with the next number previewed as typed. The
 * invoice and credit-note series are always automatic. */
CptNumberingEditor *cpt_numbering_editor_new           (CptDatabase        *db,
                                                        const char         *doc_type);
gboolean            cpt_numbering_editor_save          (CptNumberingEditor *self,
                                                        GError            **error);
void                cpt_numbering_editor_set_manual    (CptNumberingEditor *self,
                                                        gboolean            manual);
GtkEditable        *cpt_numbering_editor_get_prefix    (CptNumberingEditor *self);
GtkEditable        *cpt_numbering_editor_get_next      (CptNumberingEditor *self);
const char         *cpt_numbering_editor_get_preview   (CptNumberingEditor *self);

G_END_DECLS
