/* cpt-date.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates travel as ISO strings (`2026-11-28`), as stored in the database
 * and the API. Functions taking an ISO date return NULL when it is not a
 * valid one. */

/* The longest payment term French law allows (Code de commerce L441-10). */
#define CPT_PAYMENT_TERM_MAX_DAYS 60
#define CPT_PAYMENT_TERM_MAX_DAYS_END_OF_MONTH 45

gboolean  cpt_date_is_valid                (const char  *iso);
gboolean  cpt_date_get_ymd                 (const char  *iso,
                                            int         *year,
                                            int         *month,
                                            int         *day);
char     *cpt_date_today                   (void);
char     *cpt_date_format                  (const char  *iso);
char     *cpt_date_format_long             (const char  *iso);
gboolean  cpt_date_parse                   (const char  *text,
                                            char       **iso,
                                            GError     **error);
char     *cpt_date_add_days                (const char  *iso,
                                            int          days);
char     *cpt_date_end_of_month            (const char  *iso);
char     *cpt_date_due                     (const char  *iso,
                                            int          days,
                                            gboolean     end_of_month);
gboolean  cpt_date_payment_term_is_legal   (int          days,
                                            gboolean     end_of_month);

G_END_DECLS
