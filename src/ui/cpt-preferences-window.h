/* cpt-preferences-window.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_PREFERENCES_WINDOW (cpt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CptPreferencesWindow, cpt_preferences_window, CPT, PREFERENCES_WINDOW, AdwPreferencesWindow)

CptPreferencesWindow *cpt_preferences_window_new       (GtkWindow            *parent,
                                                        CptDatabase          *db);
/* Shows the page called @name: "company", "numbering", "closing-rules"… */
void                  cpt_preferences_window_show_page (CptPreferencesWindow *self,
                                                        const char           *name);

G_END_DECLS
