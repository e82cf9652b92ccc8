//! Shops: a product on sale and its customer reviews.

use leptos::prelude::*;
use lesson::BlockContent;

use super::{avatar, figure, icon, stars, Icon};
use crate::ui::words;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Product { name, price, was_price, stock, stars: rating, reviews, picture } => view! {
            <div class="product">
                {picture.and_then(|id| figure(&id, None))}
                <div class="product-info">
                    <h4 class="product-name">{name}</h4>
                    {(rating.is_some() || reviews.is_some()).then(|| view! {
                        <p class="product-rating">{rating.map(stars)}{reviews.map(|r| view! { <span class="product-reviews">{r}</span> })}</p>
                    })}
                    <p class="product-price">
                        <span class="visually-hidden">{words::mock_web::PRICE}</span><span class="price-now">{price}</span>
                        {was_price.map(|was| view! { " "<s class="price-was"><span class="visually-hidden">{words::mock_web::WAS}</span>{was}</s> })}
                    </p>
                    {stock.map(|stock| view! { <p class="product-stock"><Icon d=icon::ALERT/>{stock}</p> })}
                </div>
            </div>
        }
        .into_any(),
        BlockContent::Reviews { stars: average, items } => view! {
            <div class="reviews">
                {average.map(|average| view! {
                    <p class="reviews-summary">
                        <span class="reviews-average" aria-hidden="true">{format!("{average:.1}")}</span>
                        {stars(average)}
                    </p>
                })}
                <ol>
                    {items.into_iter().map(|review| view! {
                        <li class="review">
                            <p class="review-who">{avatar(&review.name, None)}<b>{review.name}</b></p>
                            <p class="review-rating">
                                {stars(review.stars)}
                                {review.when.map(|when| view! { <span class="review-when">{when}</span> })}
                            </p>
                            {review.verified.then(|| view! { <p class="review-verified"><Icon d=icon::TICK/>{words::mock_web::VERIFIED_PURCHASE}</p> })}
                            <p class="review-text">{review.text}</p>
                        </li>
                    }).collect_view()}
                </ol>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
