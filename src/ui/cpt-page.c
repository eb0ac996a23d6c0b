/* cpt-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-page"

#include "config.h"

#include "cpt-page.h"

G_DEFINE_INTERFACE (CptPage, cpt_page, GTK_TYPE_WIDGET)

static void
cpt_page_default_init (CptPageInterface *iface)
{
}

void
cpt_page_set_database (CptPage  *self,
                       gpointer  database)
{
  g_return_if_fail (CPT_IS_PAGE (self));

  if (CPT_PAGE_GET_IFACE (self)->set_database)
    CPT_PAGE_GET_IFACE (self)->set_database (self, database);
}

void
cpt_page_set_search_text (CptPage    *self,
                          const char *text)
{
  g_return_if_fail (CPT_IS_PAGE (self));

  if (CPT_PAGE_GET_IFACE (self)->set_search_text)
    CPT_PAGE_GET_IFACE (self)->set_search_text (self, text);
}

void
cpt_page_reload (CptPage *self)
{
  g_return_if_fail (CPT_IS_PAGE (self));

  if (CPT_PAGE_GET_IFACE (self)->reload)
    CPT_PAGE_GET_IFACE (self)->reload (self);
}

gboolean
cpt_page_create (CptPage *self)
{
  g_return_val_if_fail (CPT_IS_PAGE (self), FALSE);

  if (CPT_PAGE_GET_IFACE (self)->create)
    return CPT_PAGE_GET_IFACE (self)->create (self);
  return FALSE;
}

gboolean
cpt_page_go_back (CptPage *self)
{
  g_return_val_if_fail (CPT_IS_PAGE (self), FALSE);

  if (CPT_PAGE_GET_IFACE (self)->go_back)
    return CPT_PAGE_GET_IFACE (self)->go_back (self);
  return FALSE;
}
