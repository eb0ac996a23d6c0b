/* cpt-suggest-entry.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One proposal under the entry: an id and two lines of text. `warning`
 * draws the detail in the error colour (an item out of stock). */
typedef struct
{
  gint64    id;
  char     *title;
  char     *subtitle;
  char     *detail;
  gboolean  warning;
} CptSuggestion;

CptSuggestion *cpt_suggestion_new  (gint64         id,
                                    const char    *title,
                                    const char    *subtitle,
                                    const char    *detail);
void           cpt_suggestion_free (CptSuggestion *suggestion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptSuggestion, cpt_suggestion_free)

/* Returns a GPtrArray of CptSuggestion (with a free func) for the text the
 * user typed, already limited to a screenful. Called on every keystroke,
 * so it must be a LIMITed query. */
typedef GPtrArray *(*CptSuggestFunc) (const char *text,
                                      gpointer    user_data);

#define CPT_TYPE_SUGGEST_ENTRY (cpt_suggest_entry_get_type ())

G_DECLARE_FINAL_TYPE (CptSuggestEntry, cpt_suggest_entry, CPT, SUGGEST_ENTRY, GtkWidget)

GtkWidget *cpt_suggest_entry_new            (void);
void       cpt_suggest_entry_set_func       (CptSuggestEntry *self,
                                             CptSuggestFunc   func,
                                             gpointer         user_data,
                                             GDestroyNotify   destroy);
GtkEntry  *cpt_suggest_entry_get_entry      (CptSuggestEntry *self);
void       cpt_suggest_entry_set_text       (CptSuggestEntry *self,
                                             const char      *text);
guint      cpt_suggest_entry_get_n_results  (CptSuggestEntry *self);
gboolean   cpt_suggest_entry_choose         (CptSuggestEntry *self,
                                             guint            position);

G_END_DECLS
