/* cpt-ui-test.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-application.h"
#include "cpt-window.h"

G_BEGIN_DECLS

/* What the UI tests and the UI benchmark share: an application on a file,
 * waiting for the main loop, screenshots, and finding widgets. */

typedef gboolean (*CptUiTestCondition) (gpointer data);

CptApplication *cpt_ui_test_application_new (const char         *database_path);
CptWindow      *cpt_ui_test_activate        (CptApplication     *app);
void            cpt_ui_test_destroy         (CptApplication     *app);
gboolean        cpt_ui_test_wait            (CptUiTestCondition  condition,
                                             gpointer            data,
                                             guint               timeout_ms);
void            cpt_ui_test_wait_ms         (guint               ms);
void            cpt_ui_test_wait_drawn      (GtkWidget          *widget);
void            cpt_ui_test_resize          (GtkWindow          *window,
                                             int                 width,
                                             int                 height);
gboolean        cpt_ui_test_fits_width      (GtkWidget          *root);
void            cpt_ui_test_screenshot      (GtkWidget          *widget,
                                             const char         *name);
GtkWidget      *cpt_ui_test_find_label      (GtkWidget          *root,
                                             const char         *text);
GtkWidget      *cpt_ui_test_find_type       (GtkWidget          *root,
                                             GType               type);
AdwMessageDialog *cpt_ui_test_find_dialog   (void);
char           *cpt_ui_test_make_tmpdir     (void);
void            cpt_ui_test_remove_tmpdir   (const char         *dir);

G_END_DECLS
