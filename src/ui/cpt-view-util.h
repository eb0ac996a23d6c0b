/* cpt-view-util.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void cpt_view_confirm_delete (GtkWidget  *view,
                              const char *heading,
                              const char *body,
                              GCallback   on_response);

G_END_DECLS
