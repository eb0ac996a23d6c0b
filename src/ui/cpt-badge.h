/* cpt-badge.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CPT_TYPE_BADGE (cpt_badge_get_type ())

G_DECLARE_FINAL_TYPE (CptBadge, cpt_badge, CPT, BADGE, GtkWidget)

GtkWidget  *cpt_badge_new         (void);
const char *cpt_badge_get_label   (CptBadge          *self);
void        cpt_badge_set_label   (CptBadge          *self,
                                   const char        *label);
void        cpt_badge_set_classes (CptBadge          *self,
                                   const char *const *classes);
GtkLabel   *cpt_badge_get_child   (CptBadge          *self);

G_END_DECLS
