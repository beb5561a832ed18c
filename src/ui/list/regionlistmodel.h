// SPDX-License-Identifier: MIT
#pragma once

#include "phone/phoneregion.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// The regions libphonenumber knows, sorted by country name, for the region picker of the add
// dialog: each with its country name (in the window's language, CountryNames) and calling code.
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "DE"
        CountryNameRole,             // "Germany"
        CallingCodeRole,             // int: 49
        LabelRole,                   // "Germany (+49)"
    };
    Q_ENUM(Role)

    explicit RegionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a region code, or -1.
    Q_INVOKABLE int indexOfCode(const QString &code) const;
    // The region code of a row, or "".
    Q_INVOKABLE QString codeAt(int row) const;
    // The first row whose country name starts with `text`, else whose label contains it, whose
    // code it is or whose English name starts with it ("germ", "+49", "49"); -1 when none does.
    Q_INVOKABLE int find(const QString &text) const;
    // The region of the system's locale when supported, else "US".
    Q_INVOKABLE QString defaultCode() const;

private:
    [[nodiscard]] static QString labelOf(const PhoneRegion &region);

    QList<PhoneRegion> m_regions;
    // Region code to English name, when the names shown are in another language.
    QHash<QString, QString> m_englishNames;
};

} // namespace PhoneDesk
