// SPDX-License-Identifier: MIT
#include "regionlistmodel.h"

#include "phone/countrynames.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace PhoneDesk {

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_regions(PhoneRegion::all())
{
    const QString language = CountryNames::language();
    if (language == QLatin1String("en"))
        return;
    // Named and sorted in the window's language ("Deutschland" among the Ds); the English names
    // are still found by find().
    for (PhoneRegion &region : m_regions) {
        m_englishNames.insert(region.code, region.countryName);
        if (const QString name = CountryNames::shown(region.code); !name.isEmpty())
            region.countryName = name;
    }
    QCollator collator{QLocale(language)};
    std::sort(m_regions.begin(), m_regions.end(), [&](const PhoneRegion &a, const PhoneRegion &b) {
        return collator.compare(a.countryName, b.countryName) < 0;
    });
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhoneRegion &region = m_regions.at(index.row());
    switch (role) {
    case CodeRole: return region.code;
    case CountryNameRole: return region.countryName;
    case CallingCodeRole: return region.callingCode;
    case Qt::DisplayRole:
    case LabelRole: return labelOf(region);
    default: return {};
    }
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    return {{CodeRole, "code"}, {CountryNameRole, "countryName"}, {CallingCodeRole, "callingCode"}, {LabelRole, "label"}};
}

int RegionListModel::indexOfCode(const QString &code) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).code == code)
            return i;
    }
    return -1;
}

QString RegionListModel::codeAt(int row) const
{
    return row >= 0 && row < m_regions.size() ? m_regions.at(row).code : QString();
}

int RegionListModel::find(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return -1;
    // A name that starts with the text first, so that "in" finds India before Argentina.
    for (int row = 0; row < m_regions.size(); ++row) {
        if (m_regions.at(row).countryName.startsWith(needle, Qt::CaseInsensitive))
            return row;
    }
    for (int row = 0; row < m_regions.size(); ++row) {
        const PhoneRegion &region = m_regions.at(row);
        if (labelOf(region).contains(needle, Qt::CaseInsensitive) || region.code.compare(needle, Qt::CaseInsensitive) == 0
            || m_englishNames.value(region.code).startsWith(needle, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

QString RegionListModel::defaultCode() const
{
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return indexOfCode(system) >= 0 ? system : QStringLiteral("US");
}

QString RegionListModel::labelOf(const PhoneRegion &region)
{
    return QStringLiteral("%1 (+%2)").arg(region.countryName).arg(region.callingCode);
}

} // namespace PhoneDesk
