// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontree.h"

#include "jsonreader.h"

namespace RouteDeck::JsonTree {

Result read(QByteArrayView bytes)
{
    JsonReader reader;
    Result result;
    if (reader.parse(bytes))
        result.value = JsonReader::toQJsonValue(reader.root());
    else
        result.error = reader.error();
    return result;
}

} // namespace RouteDeck::JsonTree
