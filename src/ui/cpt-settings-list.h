/* cpt-settings-list.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* What a settings list (taxes, payment terms, delivery methods,
 * warehouses) needs from its page: how to read the objects, how to name
 * them on a row, and the dialog that edits one (@object NULL: a new one). */
typedef struct
{
  const char  *changed_detail;
  GPtrArray *(*list)     (CptDatabase  *db,
                          GError      **error);
  void       (*describe) (GObject      *object,
                          char        **title,
                          char        **subtitle);
  void       (*open)     (GtkWidget    *page,
                          CptDatabase  *db,
                          GObject      *object);
} CptSettingsListKind;

/* Adds to @page a group listing the objects, each row opening its editing
 * dialog, with an « add » button; the list follows the database. */
AdwPreferencesGroup *cpt_settings_list_add (AdwPreferencesPage        *page,
                                            CptDatabase               *db,
                                            const CptSettingsListKind *kind,
                                            const char                *title,
                                            const char                *description,
                                            const char                *add_label);

G_END_DECLS
