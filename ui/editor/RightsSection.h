#pragma once

#include "model/SystemDefinition.h"

#include <QList>
#include <QWidget>

class QLabel;
class RightsPicker;

/// The editor's Rights tab: what rights are, and the picker over the resource registry.
class RightsSection : public QWidget
{
    Q_OBJECT

public:
    explicit RightsSection(QWidget *parent = nullptr);

    RightsPicker *picker() const { return m_picker; }

    /// What identifies @p right in the picker: its resource id, else the first pair's value (so a
    /// right with a wrong attribute id is listed and can be removed).
    static QString keyOf(const Altinn::Right &right);
    /// Checks the rights in @p rights.
    void showRights(const QList<Altinn::Right> &rights);
    /// @p current with the picker's choice applied: rights still chosen keep their exact form (an
    /// action, extra pairs), new ones get the usual form.
    QList<Altinn::Right> chosenRights(const QList<Altinn::Right> &current) const;
    /// Shows and focuses the right at @p index of @p rights (the list when there is none).
    void focusRight(int index, const QList<Altinn::Right> &rights);
    /// "Right 2 (Title)" for the right at @p index of @p rights, titles in @p language; empty if none.
    QString fieldName(int index, const QList<Altinn::Right> &rights, const QString &language) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_introLabel;
    RightsPicker *m_picker;
};
