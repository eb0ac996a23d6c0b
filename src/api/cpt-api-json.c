/* cpt-api-json.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-json"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-api-json.h"
#include "cpt-error.h"
#include "cpt-money.h"

struct _CptApiInput
{
  JsonObject *object;
  GPtrArray  *details;
  char       *prefix;
};

CptApiDetail *
cpt_api_detail_new (const char *code,
                    const char *field,
                    const char *message)
{
  CptApiDetail *detail = g_new0 (CptApiDetail, 1);

  detail->code = g_strdup (code);
  detail->field = g_strdup (field);
  detail->message = g_strdup (message);
  return detail;
}

void
cpt_api_detail_free (CptApiDetail *detail)
{
  if (detail == NULL)
    return;
  g_free (detail->code);
  g_free (detail->field);
  g_free (detail->message);
  g_free (detail);
}

/* Counts brackets outside strings; it does not validate anything else,
 * the parser does that once the depth is known to be safe. */
static gboolean
prescan (const char *data,
         gsize       length,
         GError    **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > CPT_API_MAX_DEPTH)
            {
              g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The JSON body is nested more than %d levels deep."),
                           CPT_API_MAX_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }

  return TRUE;
}

JsonNode *
cpt_api_json_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > CPT_API_MAX_BODY)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The request body is larger than 1 MiB."));
      return NULL;
    }
  if (!prescan (data, length, error))
    return NULL;
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The request body is not valid UTF-8."));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error) ||
      json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The request body is not valid JSON: %s"),
                   local_error ? local_error->message : _("it is empty"));
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

CptApiInput *
cpt_api_input_new (JsonObject *object,
                   GPtrArray  *details)
{
  CptApiInput *input;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (details != NULL, NULL);

  input = g_new0 (CptApiInput, 1);
  input->object = json_object_ref (object);
  input->details = g_ptr_array_ref (details);
  return input;
}

static CptApiInput *
input_new_nested (CptApiInput *parent,
                  JsonObject  *object,
                  const char  *prefix)
{
  CptApiInput *input = cpt_api_input_new (object, parent->details);

  input->prefix = g_strdup (prefix);
  return input;
}

void
cpt_api_input_free (CptApiInput *input)
{
  if (input == NULL)
    return;
  json_object_unref (input->object);
  g_ptr_array_unref (input->details);
  g_free (input->prefix);
  g_free (input);
}

GPtrArray *
cpt_api_input_get_details (CptApiInput *input)
{
  return input->details;
}

char *
cpt_api_input_dup_path (CptApiInput *input,
                        const char  *name)
{
  if (input->prefix == NULL)
    return g_strdup (name);
  return g_strconcat (input->prefix, ".", name, NULL);
}

void
cpt_api_input_add_detail (CptApiInput *input,
                          const char  *name,
                          const char  *message)
{
  g_autofree char *path = cpt_api_input_dup_path (input, name);

  g_ptr_array_add (input->details, cpt_api_detail_new ("invalid", path, message));
}

static void
add_type_detail (CptApiInput *input,
                 const char  *name,
                 const char  *expected)
{
  g_autofree char *path = cpt_api_input_dup_path (input, name);
  g_autofree char *message = NULL;

  /* TRANSLATORS: %s is a JSON field name, then what it must hold ("a text", …) */
  message = g_strdup_printf (_("The field %s must be %s."), path, expected);
  g_ptr_array_add (input->details, cpt_api_detail_new ("invalid", path, message));
}

static void
add_error_detail (CptApiInput  *input,
                  const char   *name,
                  const GError *error)
{
  g_autofree char *path = cpt_api_input_dup_path (input, name);
  g_autofree char *message = NULL;

  /* TRANSLATORS: %s is a JSON field name, then the reason its value was refused */
  message = g_strdup_printf (_("The field %s is invalid: %s"), path, error->message);
  g_ptr_array_add (input->details, cpt_api_detail_new ("invalid", path, message));
}

gboolean
cpt_api_input_has (CptApiInput *input,
                   const char  *name)
{
  return json_object_has_member (input->object, name);
}

gboolean
cpt_api_input_is_null (CptApiInput *input,
                       const char  *name)
{
  JsonNode *node = json_object_get_member (input->object, name);

  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

/* The member, or NULL when it is absent or JSON null. */
static JsonNode *
get_member (CptApiInput *input,
            const char  *name)
{
  JsonNode *node = json_object_get_member (input->object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static gboolean
node_is (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
cpt_api_input_string (CptApiInput  *input,
                      const char   *name,
                      char        **out)
{
  JsonNode *node = get_member (input, name);

  if (node == NULL)
    return FALSE;
  if (!node_is (node, G_TYPE_STRING))
    {
      add_type_detail (input, name, _("a text"));
      return FALSE;
    }

  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
cpt_api_input_int (CptApiInput *input,
                   const char  *name,
                   gint64       min,
                   gint64       max,
                   gint64      *out)
{
  JsonNode *node = get_member (input, name);
  gint64 value;

  if (node == NULL)
    return FALSE;

  if (node_is (node, G_TYPE_INT64))
    value = json_node_get_int (node);
  else if (node_is (node, G_TYPE_STRING))
    {
      const char *text = json_node_get_string (node);
      guint64 parsed;

      /* Numbers quoted as strings are accepted, as for amounts. */
      if (text[0] == '-' ||
          !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &parsed, NULL))
        {
          add_type_detail (input, name, _("a whole number"));
          return FALSE;
        }
      value = (gint64) parsed;
    }
  else
    {
      add_type_detail (input, name, _("a whole number"));
      return FALSE;
    }

  if (value < min || value > max)
    {
      g_autofree char *path = cpt_api_input_dup_path (input, name);
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      g_autofree char *message = NULL;

      /* TRANSLATORS: a JSON field name, then the smallest and largest values */
      message = g_strdup_printf (_("The field %s must be between %s and %s."), path, low, high);
      g_ptr_array_add (input->details, cpt_api_detail_new ("invalid", path, message));
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
cpt_api_input_id (CptApiInput *input,
                  const char  *name,
                  gint64      *out)
{
  return cpt_api_input_int (input, name, 1, G_MAXINT64, out);
}

gboolean
cpt_api_input_bool (CptApiInput *input,
                    const char  *name,
                    gboolean    *out)
{
  JsonNode *node = get_member (input, name);

  if (node == NULL)
    return FALSE;
  if (!node_is (node, G_TYPE_BOOLEAN))
    {
      add_type_detail (input, name, _("true or false"));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Amounts come as "19.99" or as a JSON number. An integer is exact; a
 * double is written back with 15 significant digits, which restores the
 * literal a client typed (19.99, not 19.989999…), then goes through the
 * same decimal parser as strings so no double reaches the arithmetic. */
static char *
dup_decimal_text (CptApiInput *input,
                  const char  *name,
                  JsonNode    *node)
{
  if (node_is (node, G_TYPE_STRING))
    return g_strdup (json_node_get_string (node));
  if (node_is (node, G_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (node_is (node, G_TYPE_DOUBLE))
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g",
                                        json_node_get_double (node)));
    }

  add_type_detail (input, name, _("a decimal number"));
  return NULL;
}

gboolean
cpt_api_input_money (CptApiInput *input,
                     const char  *name,
                     gint64      *cents)
{
  JsonNode *node = get_member (input, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (node == NULL || (text = dup_decimal_text (input, name, node)) == NULL)
    return FALSE;
  if (!cpt_money_from_decimal (text, cents, &error))
    {
      add_error_detail (input, name, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cpt_api_input_quantity (CptApiInput *input,
                        const char  *name,
                        gint64      *thousandths)
{
  JsonNode *node = get_member (input, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (node == NULL || (text = dup_decimal_text (input, name, node)) == NULL)
    return FALSE;
  if (!cpt_quantity_from_decimal (text, thousandths, &error))
    {
      add_error_detail (input, name, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cpt_api_input_percent (CptApiInput *input,
                       const char  *name,
                       gint32      *basis_points)
{
  JsonNode *node = get_member (input, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (node == NULL || (text = dup_decimal_text (input, name, node)) == NULL)
    return FALSE;
  if (!cpt_percent_from_decimal (text, basis_points, &error))
    {
      add_error_detail (input, name, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  static const char shape[] = "dddd-dd-dd";

  if (strlen (text) != sizeof shape - 1)
    return FALSE;
  for (guint i = 0; shape[i] != '\0'; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;

  *year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
          g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  *month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  *day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);
  return *year >= 1;
}

gboolean
cpt_api_input_date (CptApiInput  *input,
                    const char   *name,
                    char        **out)
{
  JsonNode *node = get_member (input, name);
  const char *text;
  int year, month, day;

  if (node == NULL)
    return FALSE;
  if (!node_is (node, G_TYPE_STRING))
    {
      add_type_detail (input, name, _("a date (YYYY-MM-DD)"));
      return FALSE;
    }

  text = json_node_get_string (node);
  if (!parse_date (text, &year, &month, &day) ||
      !g_date_valid_dmy (day, month, year))
    {
      add_type_detail (input, name, _("a date (YYYY-MM-DD)"));
      return FALSE;
    }

  g_free (*out);
  *out = g_strdup (text);
  return TRUE;
}

gboolean
cpt_api_input_choice (CptApiInput        *input,
                      const char         *name,
                      const char * const *choices,
                      guint              *index)
{
  JsonNode *node = get_member (input, name);

  if (node == NULL)
    return FALSE;

  if (node_is (node, G_TYPE_STRING))
    {
      const char *text = json_node_get_string (node);

      for (guint i = 0; choices[i] != NULL; i++)
        if (g_str_equal (text, choices[i]))
          {
            *index = i;
            return TRUE;
          }
    }

  {
    g_autofree char *list = g_strjoinv (", ", (GStrv) choices);
    g_autofree char *expected = g_strdup_printf (_("one of %s"), list);

    add_type_detail (input, name, expected);
  }
  return FALSE;
}

CptApiInput *
cpt_api_input_object (CptApiInput *input,
                      const char  *name)
{
  JsonNode *node = get_member (input, name);
  g_autofree char *path = NULL;

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_type_detail (input, name, _("an object"));
      return NULL;
    }

  path = cpt_api_input_dup_path (input, name);
  return input_new_nested (input, json_node_get_object (node), path);
}

JsonArray *
cpt_api_input_array (CptApiInput *input,
                     const char  *name)
{
  JsonNode *node = get_member (input, name);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      add_type_detail (input, name, _("an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

CptApiInput *
cpt_api_input_element (CptApiInput *input,
                       const char  *array_name,
                       JsonArray   *array,
                       guint        index)
{
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *base = cpt_api_input_dup_path (input, array_name);
  g_autofree char *path = g_strdup_printf ("%s[%u]", base, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *message = g_strdup_printf (_("The field %s must be %s."), path, _("an object"));

      g_ptr_array_add (input->details, cpt_api_detail_new ("invalid", path, message));
      return NULL;
    }
  return input_new_nested (input, json_node_get_object (node), path);
}

CptAddress *
cpt_api_address_from_json (CptApiInput *input,
                           const char  *name)
{
  g_autoptr(CptApiInput) nested = cpt_api_input_object (input, name);
  g_autofree char *street = NULL;
  g_autofree char *street2 = NULL;
  g_autofree char *postcode = NULL;
  g_autofree char *city = NULL;
  g_autofree char *country = NULL;

  if (nested == NULL)
    return NULL;

  cpt_api_input_string (nested, "street", &street);
  cpt_api_input_string (nested, "street2", &street2);
  cpt_api_input_string (nested, "postcode", &postcode);
  cpt_api_input_string (nested, "city", &city);
  cpt_api_input_string (nested, "country", &country);
  return cpt_address_new (street ? street : "", street2 ? street2 : "",
                          postcode ? postcode : "", city ? city : "",
                          country ? country : "");
}

void
cpt_api_address_to_json (JsonBuilder      *builder,
                         const char       *name,
                         const CptAddress *address)
{
  json_builder_set_member_name (builder, name);
  if (address == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "street", address->street);
  cpt_api_json_add_string (builder, "street2", address->street2);
  cpt_api_json_add_string (builder, "postcode", address->postcode);
  cpt_api_json_add_string (builder, "city", address->city);
  cpt_api_json_add_string (builder, "country", address->country);
  json_builder_end_object (builder);
}

void
cpt_api_json_add_money (JsonBuilder *builder,
                        const char  *name,
                        gint64       cents)
{
  g_autofree char *text = cpt_money_to_decimal (cents);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

void
cpt_api_json_add_quantity (JsonBuilder *builder,
                           const char  *name,
                           gint64       thousandths)
{
  g_autofree char *text = cpt_quantity_to_decimal (thousandths);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

void
cpt_api_json_add_percent (JsonBuilder *builder,
                          const char  *name,
                          gint32       basis_points)
{
  g_autofree char *text = cpt_percent_to_decimal (basis_points);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

void
cpt_api_json_add_id (JsonBuilder *builder,
                     const char  *name,
                     gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id > 0)
    json_builder_add_int_value (builder, id);
  else
    json_builder_add_null_value (builder);
}

void
cpt_api_json_add_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
cpt_api_json_add_bool (JsonBuilder *builder,
                       const char  *name,
                       gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

void
cpt_api_json_add_int (JsonBuilder *builder,
                      const char  *name,
                      gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}
