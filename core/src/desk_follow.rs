//! Desk adapters for follow-ups, the Today list, the printed slip, the partner directory and
//! a person's timeline: api requests in, api views out.

use crate::desk::{api, person_id, staff_name, Desk};
use crate::store::follow_up::FollowUp;
use crate::store::ids::{FollowUpId, PartnerId};
use crate::store::partner::Partner;
use crate::store::timeline::TimelineItem;
use crate::store::{Session, StaffSummary, StoreError};
use passerelle_api::follow::*;
use passerelle_api::people::{ConsentView, SessionView, WorkshopView};
use passerelle_api::ApiError;
use std::collections::HashMap;

fn follow_up_id(s: &str) -> Result<FollowUpId, ApiError> {
    s.parse().map_err(|_| api(StoreError::FollowUpNotFound))
}

fn partner_id(s: &str) -> Result<PartnerId, ApiError> {
    s.parse().map_err(|_| api(StoreError::PartnerNotFound))
}

/// Names of people and places, looked up once per list.
struct Names {
    people: HashMap<String, (String, String)>,
    places: HashMap<String, (String, String)>,
    staff: Vec<StaffSummary>,
    today: String,
}

impl Names {
    fn new(s: &Session) -> Result<Self, ApiError> {
        let places = s
            .places()
            .map_err(api)?
            .into_iter()
            .map(|p| (p.id.to_string(), (p.name, p.address)))
            .collect();
        Ok(Names {
            people: HashMap::new(),
            places,
            staff: s.staff(),
            today: jiff::Zoned::now().date().to_string(),
        })
    }

    fn person(&mut self, s: &Session, id: &str) -> (String, String) {
        if let Some(n) = self.people.get(id) {
            return n.clone();
        }
        let name = id
            .parse()
            .ok()
            .and_then(|pid| s.person(pid).ok())
            .map(|p| (p.profile.first_name, p.profile.last_name))
            .unwrap_or_default();
        self.people.insert(id.to_owned(), name.clone());
        name
    }

    fn view(&mut self, s: &Session, f: FollowUp) -> FollowUpView {
        let (first_name, last_name) = self.person(s, &f.input.person);
        let place_name = f
            .input
            .place
            .as_ref()
            .and_then(|p| self.places.get(p))
            .map(|(n, _)| n.clone());
        FollowUpView {
            id: f.id.to_string(),
            overdue: f.done_at_ms.is_none() && f.input.due_date < self.today,
            first_name,
            last_name,
            place_name,
            created_by: f
                .staff
                .and_then(|sid| staff_name(&self.staff, &sid.to_string())),
            created_at_ms: f.created_at_ms,
            done_at_ms: f.done_at_ms,
            postponed: f.postponed,
            follow_up: f.input,
        }
    }
}

fn partner_view(p: Partner) -> PartnerView {
    PartnerView {
        id: p.id.to_string(),
        partner: p.input,
        archived: p.archived,
        referrals: p.referrals,
    }
}

impl Desk {
    pub fn add_follow_up(&mut self, req: &AddFollowUpRequest) -> Result<String, ApiError> {
        let s = self.session_mut()?;
        Ok(s.add_follow_up(&req.follow_up).map_err(api)?.to_string())
    }

    pub fn follow_up_done(&mut self, req: &FollowUpRequest) -> Result<(), ApiError> {
        let id = follow_up_id(&req.id)?;
        self.session_mut()?.follow_up_done(id).map_err(api)
    }

    pub fn postpone_follow_up(&mut self, req: &PostponeFollowUpRequest) -> Result<(), ApiError> {
        let id = follow_up_id(&req.id)?;
        self.session_mut()?
            .postpone_follow_up(id, &req.due_date, req.due_time.as_deref())
            .map_err(api)
    }

    pub fn today(&mut self) -> Result<TodayView, ApiError> {
        let s = self.session_mut()?;
        let (day, open, done) = s.today_follow_ups().map_err(api)?;
        let mut names = Names::new(s)?;
        let (mut due_today, mut overdue) = (Vec::new(), Vec::new());
        for f in open {
            let v = names.view(s, f);
            if v.overdue {
                overdue.push(v);
            } else {
                due_today.push(v);
            }
        }
        let done_today = done.into_iter().map(|f| names.view(s, f)).collect();
        Ok(TodayView {
            date: day.to_string(),
            due_today,
            overdue,
            done_today,
        })
    }

    /// What the printed slip says. Only the first name: the slip may be lost in the street.
    pub fn follow_up_slip(&mut self, req: &FollowUpRequest) -> Result<FollowUpSlip, ApiError> {
        let id = follow_up_id(&req.id)?;
        let s = self.session_mut()?;
        let f = s.follow_up(id).map_err(api)?;
        let person = f
            .input
            .person
            .parse()
            .map_err(|_| api(StoreError::PersonNotFound))?;
        let p = s.person(person).map_err(api)?;
        let settings = s.settings().map_err(api)?;
        let places = s.places().map_err(api)?;
        let place = f
            .input
            .place
            .as_ref()
            .and_then(|id| places.iter().find(|p| &p.id.to_string() == id));
        Ok(FollowUpSlip {
            structure_name: settings.structure_name,
            first_name: p.profile.first_name,
            due_date: f.input.due_date,
            due_time: f.input.due_time,
            what: f.input.what,
            bring: f.input.bring.lines().map(str::to_owned).collect(),
            place_name: place.map(|p| p.name.clone()),
            place_address: place.map(|p| {
                [
                    p.address.as_str(),
                    p.postal_code.as_str(),
                    p.commune.as_str(),
                ]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
            }),
        })
    }

    pub fn list_partners(&mut self) -> Result<Vec<PartnerView>, ApiError> {
        let s = self.session_mut()?;
        Ok(s.partners()
            .map_err(api)?
            .into_iter()
            .map(partner_view)
            .collect())
    }

    pub fn add_partner(&mut self, req: &AddPartnerRequest) -> Result<String, ApiError> {
        let s = self.session_mut()?;
        Ok(s.add_partner(&req.partner).map_err(api)?.to_string())
    }

    pub fn update_partner(&mut self, req: &UpdatePartnerRequest) -> Result<(), ApiError> {
        let id = partner_id(&req.id)?;
        self.session_mut()?
            .update_partner(id, &req.partner, req.archived)
            .map_err(api)
    }

    pub fn person_timeline(&mut self, req: &TimelineRequest) -> Result<TimelineView, ApiError> {
        let id = person_id(&req.person)?;
        let s = self.session_mut()?;
        let items = s.timeline(id).map_err(api)?;
        let mut names = Names::new(s)?;
        let staff = s.staff();
        let by = |sid: Option<crate::store::ids::StaffId>| {
            sid.and_then(|x| staff_name(&staff, &x.to_string()))
        };
        let mut entries = Vec::with_capacity(items.len());
        for item in items {
            let e = match item {
                TimelineItem::Session(x) => TimelineEntry::Session {
                    session: SessionView {
                        id: x.id.to_string(),
                        recorded_by: by(x.staff),
                        created_at_ms: x.created_at_ms,
                        session: x.input,
                    },
                },
                TimelineItem::Workshop(w) => TimelineEntry::Workshop {
                    workshop: WorkshopView {
                        id: w.id.to_string(),
                        recorded_by: by(w.staff),
                        created_at_ms: w.created_at_ms,
                        workshop: w.input,
                    },
                },
                TimelineItem::FollowUp(f) => TimelineEntry::FollowUp {
                    follow_up: names.view(s, f),
                },
                TimelineItem::ConsentGiven(c) => TimelineEntry::ConsentGiven {
                    consent: ConsentView {
                        collected_by: staff_name(&staff, &c.collected_by),
                        scopes: c.scopes,
                        given_on: c.given_on,
                        by_guardian: c.by_guardian,
                    },
                },
                TimelineItem::ConsentWithdrawn { on } => TimelineEntry::ConsentWithdrawn { on },
            };
            if req.only.is_empty() || req.only.contains(&e.filter()) {
                entries.push(e);
            }
        }
        Ok(TimelineView { entries })
    }
}
