/* cpt-date-entry.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CPT_TYPE_DATE_ENTRY (cpt_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (CptDateEntry, cpt_date_entry, CPT, DATE_ENTRY, GtkWidget)

/* A date typed as 28/11/2026 or picked in a calendar; stored as ISO
 * 2026-11-28. An empty entry is no date. */
GtkWidget  *cpt_date_entry_new       (void);
char       *cpt_date_entry_dup_date  (CptDateEntry *self);
void        cpt_date_entry_set_date  (CptDateEntry *self,
                                      const char   *iso_date);
gboolean    cpt_date_entry_is_valid  (CptDateEntry *self);
GtkEntry   *cpt_date_entry_get_entry (CptDateEntry *self);

G_END_DECLS
