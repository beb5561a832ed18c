// SPDX-License-Identifier: MIT
#include "sharedstrings.h"

#include <QMutex>
#include <QSet>

namespace PhoneDesk::SharedStrings {

namespace {
constexpr qsizetype kMaxValues = 4096;
}

QString of(const QString &text)
{
    if (text.isEmpty())
        return text;
    static QMutex mutex;
    static QSet<QString> pool;
    const QMutexLocker lock(&mutex);
    if (const auto found = pool.constFind(text); found != pool.cend())
        return *found;
    if (pool.size() >= kMaxValues)
        return text;
    pool.insert(text);
    return text;
}

} // namespace PhoneDesk::SharedStrings
