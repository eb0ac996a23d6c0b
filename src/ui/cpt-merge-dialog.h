/* cpt-merge-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_MERGE_DIALOG (cpt_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptMergeDialog, cpt_merge_dialog, CPT, MERGE_DIALOG, AdwWindow)

/* « Fusionner les commandes client »: both orders side by side, the kept
 * one choosable (the older by default), every failed precondition listed
 * (then « Fusionner » is disabled). Emits `merged` (kept order id) before
 * closing. NULL with @error when an order cannot be read. */
CptMergeDialog *cpt_merge_dialog_new          (GtkWindow       *parent,
                                               CptDatabase     *db,
                                               gint64           id_a,
                                               gint64           id_b,
                                               GError         **error);
void            cpt_merge_dialog_set_keep_id  (CptMergeDialog  *self,
                                               gint64           keep_id);
gint64          cpt_merge_dialog_get_keep_id  (CptMergeDialog  *self);
/* The failed preconditions shown, one message per line; NULL when none. */
char           *cpt_merge_dialog_dup_failures (CptMergeDialog  *self);

G_END_DECLS
