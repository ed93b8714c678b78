// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace RouteDeck {

// What a plain (unquoted) YAML scalar means to LiteLLM. The proxy loads its config with PyYAML's
// safe_load, which resolves scalars by the YAML 1.1 rules, not the YAML 1.2 ones: `80_000` is the int
// 80000, `0x1F` 31, `017` 15 (octal), `1:30` 90 (base 60), `yes`/`on` true, `~` null, `.inf` a float.
// The rules are PyYAML's implicit resolvers (yaml/resolver.py, tried in the order bool, float, int,
// null, timestamp) and constructors (yaml/constructor.py, SafeConstructor.construct_yaml_int/float);
// tests/tst_yaml11scalar.cpp compares this class with the real PyYAML on the same texts.
class Yaml11Scalar
{
public:
    enum class Kind { Null, Bool, Int, Float, Timestamp, String };

    struct Value
    {
        Kind kind = Kind::String;
        QVariant value; // null; bool; qlonglong (double when beyond 64 bits); double; the text
        bool isNumber() const { return kind == Kind::Int || kind == Kind::Float; }
    };

    static Value resolvePlain(const QString &text);
};

} // namespace RouteDeck
