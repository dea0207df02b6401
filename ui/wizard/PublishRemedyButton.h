#pragma once

#include "altinn/ErrorExplainer.h"

#include <QPushButton>

/**
 * The way out of a failed publish that lies on another page: check the connection (Maskinporten page)
 * or fix the definition (system page). Hidden for every other remedy, and for a wrong definition when
 * the findings have a button each.
 */
class PublishRemedyButton : public QPushButton
{
    Q_OBJECT

public:
    explicit PublishRemedyButton(QWidget *parent = nullptr);

    void setRemedy(Altinn::Explanation::Remedy remedy, bool hasFindings);
    Altinn::Explanation::Remedy remedy() const { return m_remedy; }

private:
    Altinn::Explanation::Remedy m_remedy = Altinn::Explanation::Remedy::None;
};
