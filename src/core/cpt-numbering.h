/* cpt-numbering.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A document number is a prefix, in which {YYYY}, {YY} and {MM} stand for
 * the year and month of the document date, followed by a counter padded
 * with zeros: `CC-{YYYY}-`, 42, 5 → `CC-2026-00042`. */

#define CPT_NUMBERING_MAX_PREFIX_LENGTH 32
#define CPT_NUMBERING_MAX_PADDING 10

char     *cpt_numbering_format          (const char  *prefix,
                                         gint64       number,
                                         guint        padding,
                                         const char  *date_iso);
gboolean  cpt_numbering_has_year_token  (const char  *prefix);
gboolean  cpt_numbering_should_restart  (gboolean     yearly_reset,
                                         int          last_year,
                                         const char  *date_iso);
gint64    cpt_numbering_next            (gint64       next_number,
                                         gboolean     yearly_reset,
                                         int          last_year,
                                         const char  *date_iso);
char     *cpt_numbering_preview         (const char  *prefix,
                                         gint64       next_number,
                                         guint        padding,
                                         gboolean     yearly_reset,
                                         int          last_year,
                                         const char  *date_iso);
gboolean  cpt_numbering_validate        (const char  *prefix,
                                         gint64       next_number,
                                         guint        padding,
                                         gboolean     yearly_reset,
                                         GError     **error);

G_END_DECLS
