/* cpt-history-entry.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_HISTORY_ENTRY (cpt_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (CptHistoryEntry, cpt_history_entry, CPT, HISTORY_ENTRY, GObject)

CptHistoryEntry *cpt_history_entry_new (void);

const char *cpt_history_entry_get_at (CptHistoryEntry *self);
void cpt_history_entry_set_at (CptHistoryEntry *self, const char *at);
const char *cpt_history_entry_get_event (CptHistoryEntry *self);
void cpt_history_entry_set_event (CptHistoryEntry *self, const char *event);
const char *cpt_history_entry_get_text (CptHistoryEntry *self);
void cpt_history_entry_set_text (CptHistoryEntry *self, const char *text);

CptHistoryEntry *cpt_history_entry_new_full (const char *at, const char *event, const char *text);

G_END_DECLS
