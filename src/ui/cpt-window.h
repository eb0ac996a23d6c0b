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

CptWindow *cpt_window_new (CptApplication *application);

G_END_DECLS
