#pragma once

#include "model/SystemDefinition.h"
#include "wizard/CatalogueNames.h"

#include <QDateTime>
#include <QGroupBox>

#include <optional>

class QFormLayout;

/// What Altinn has registered, read back after publishing (or found equal to the draft): the receipt.
class PublishReceiptSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PublishReceiptSection(QWidget *parent = nullptr);

    /// Shows @p system (hidden when there is none); @p publishedAt adds the time it was published.
    void showSystem(const std::optional<Altinn::SystemDefinition> &system, const CatalogueNames &names,
        const QDateTime &publishedAt = {});
    void retranslateUi();

private:
    void addRow(const QString &label, const QString &value, const QString &name);

    QFormLayout *m_layout;
    std::optional<Altinn::SystemDefinition> m_system;
    CatalogueNames m_names;
    QDateTime m_publishedAt;
};
