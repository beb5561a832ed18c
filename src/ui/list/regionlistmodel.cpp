// SPDX-License-Identifier: MIT
#include "regionlistmodel.h"

#include <QLocale>

namespace PhoneDesk {

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_regions(PhoneRegion::all())
{
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
        if (labelOf(m_regions.at(row)).contains(needle, Qt::CaseInsensitive)
            || m_regions.at(row).code.compare(needle, Qt::CaseInsensitive) == 0)
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
