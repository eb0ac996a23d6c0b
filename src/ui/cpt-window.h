/* cpt-window.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-application.h"

G_BEGIN_DECLS

#define CPT_TYPE_WINDOW (cpt_window_get_type ())

G_DECLARE_FINAL_TYPE (CptWindow, cpt_window, CPT, WINDOW, AdwApplicationWindow)

CptWindow  *cpt_window_new            (CptApplication *application);
void        cpt_window_add_toast      (CptWindow      *self,
                                       AdwToast       *toast);
void        cpt_window_show_message   (CptWindow      *self,
                                       const char     *message);
void        cpt_window_show_error     (CptWindow      *self,
                                       const char     *heading,
                                       const GError   *error);
const char *cpt_window_get_page       (CptWindow      *self);
GtkWidget  *cpt_window_get_page_widget (CptWindow     *self,
                                        const char    *name);
void        cpt_window_reload         (CptWindow      *self);

G_END_DECLS
